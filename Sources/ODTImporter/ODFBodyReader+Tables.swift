import BaoCaoCore
import BaoCaoXML

extension ODFBodyReader {
    /// A table: header rows, cells with their spans (covered cells left out), repeats bounded.
    func table(_ element: XMLElementNode) -> Table {
        var rows: [TableRow] = []
        var headerRows = 0
        collectRows(element, header: false, rows: &rows, headerRows: &headerRows)
        return tableBudget.clip(Table(headerRowCount: headerRows, rows: rows)) { limit($0, element) }
    }

    private func collectRows(_ container: XMLElementNode, header: Bool, rows: inout [TableRow], headerRows: inout Int) {
        for element in container.elements where element.name.namespace == ODF.table {
            switch element.name.local {
            case "table-header-rows":
                collectRows(element, header: true, rows: &rows, headerRows: &headerRows)
            case "table-rows", "table-row-group":
                collectRows(element, header: header, rows: &rows, headerRows: &headerRows)
            case "table-row":
                let row = TableRow(cells: cells(element))
                let repeats = bounded(element.attribute(ODF.table, "number-rows-repeated"), size: row.cells.count, element, rows: true)
                for _ in 0..<repeats {
                    if header, headerRows == rows.count { headerRows += 1 }
                    rows.append(row)
                }
            default:
                continue  // columns, column groups
            }
        }
    }

    private func cells(_ row: XMLElementNode) -> [TableCell] {
        var cells: [TableCell] = []
        for element in row.elements where element.is(ODF.table, "table-cell") {
            let columns = ImportLimits.number(element.attribute(ODF.table, "number-columns-spanned"), in: 1...repeatLimit)?.value ?? 1
            let rowsSpanned = ImportLimits.number(element.attribute(ODF.table, "number-rows-spanned"), in: 1...repeatLimit)?.value ?? 1
            let cell = TableCell(blocks: blocks(element.elements), columnSpan: columns, rowSpan: rowsSpanned)
            let repeats = bounded(element.attribute(ODF.table, "number-columns-repeated"), size: 1, element, rows: false)
            cells += Array(repeating: cell, count: repeats)
        }
        return cells
    }

    /// A repeat count (rows or cells), held to ``repeatLimit`` and to what is left of ``repeatBudget``.
    private func bounded(_ attribute: String?, size: Int, _ element: XMLElementNode, rows: Bool) -> Int {
        let wanted = max(attribute.flatMap(Int.init) ?? 1, 1)
        let allowed = max(1, min(wanted, repeatLimit, 1 + repeatBudget / max(size, 1)))
        if allowed < wanted { skip(.skippedRepeats(rows: rows, beyond: allowed), element) }
        repeatBudget = max(0, repeatBudget - (allowed - 1) * max(size, 1))
        return allowed
    }
}
