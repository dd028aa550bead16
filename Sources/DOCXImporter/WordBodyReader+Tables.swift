import BaoCaoCore
import BaoCaoXML

extension WordBodyReader {
    /// A table: grid widths, header rows, and cells with their spans (covered cells left out).
    func table(_ tbl: XMLElementNode) -> Table {
        let widths = tbl.child(w, "tblGrid")?.children(w, "gridCol").compactMap { $0.attribute(w, "w").flatMap(Double.init) }
        var rows: [TableRow] = []
        var headerRows = 0
        var countingHeader = true
        /// The cell each grid column's vertical merge started from: (row, index in row).
        var openMerges: [Int: (row: Int, index: Int)] = [:]
        for tr in tableRows(tbl) {
            let rowProperties = tr.child(w, "trPr")
            let isHeader = rowProperties?.child(w, "tblHeader").map(WordToggle.isOn) ?? false
            countingHeader = countingHeader && isHeader
            if countingHeader { headerRows += 1 }
            var cells: [TableCell] = []
            var column = 0
            if let before = rowProperties?.child(w, "gridBefore")?.attribute(w, "val").flatMap(Int.init), before > 0 {
                cells.append(TableCell(blocks: [], columnSpan: min(before, 1000)))
                column += min(before, 1000)
            }
            for tc in tableCells(tr) {
                let properties = tc.child(w, "tcPr")
                let span = min(max(properties?.child(w, "gridSpan")?.attribute(w, "val").flatMap(Int.init) ?? 1, 1), 1000)
                let merge = properties?.child(w, "vMerge").map { $0.attribute(w, "val") ?? "continue" }
                if merge == "continue", let origin = openMerges[column],
                    origin.row + rows[origin.row].cells[origin.index].rowSpan == rows.count
                {
                    rows[origin.row].cells[origin.index].rowSpan += 1
                    column += span
                    continue
                }
                let content = blocks(tc)
                cells.append(TableCell(blocks: content, columnSpan: span, alignment: alignment(tc)))
                if merge == "restart" {
                    openMerges[column] = (rows.count, cells.count - 1)
                } else {
                    openMerges[column] = nil
                }
                column += span
            }
            rows.append(TableRow(cells: cells))
        }
        if headerRows == 0, !rows.isEmpty, Self.looksForFirstRow(tbl.child(w, "tblPr")?.child(w, "tblLook")) { headerRows = 1 }
        let table = Table(headerRowCount: headerRows, rows: rows, columnWidths: widths.flatMap { $0.isEmpty ? nil : $0 })
        return tableBudget.clip(table) { limit($0, tbl) }
    }

    /// Whether `w:tblLook` gives the first row header formatting (`w:firstRow`, or bit 0x0020 of the older `w:val`).
    private static func looksForFirstRow(_ look: XMLElementNode?) -> Bool {
        guard let look else { return false }
        if let flag = look.attribute(WordNamespace.w, "firstRow") { return flag == "1" || flag == "true" || flag == "on" }
        return look.attribute(WordNamespace.w, "val").flatMap { Int($0, radix: 16) }.map { $0 & 0x20 != 0 } ?? false
    }

    /// The rows of a table, looking through content controls and custom XML, deleted rows left out.
    private func tableRows(_ container: XMLElementNode) -> [XMLElementNode] {
        container.elements.flatMap { element -> [XMLElementNode] in
            guard element.name.namespace == w else { return [] }
            switch element.name.local {
            case "tr": return element.child(w, "trPr")?.child(w, "del") == nil ? [element] : []
            case "sdt": return element.child(w, "sdtContent").map(tableRows) ?? []
            case "customXml": return tableRows(element)
            default: return []
            }
        }
    }

    /// The cells of a row, looking through content controls and custom XML.
    private func tableCells(_ row: XMLElementNode) -> [XMLElementNode] {
        row.elements.flatMap { element -> [XMLElementNode] in
            guard element.name.namespace == w else { return [] }
            switch element.name.local {
            case "tc": return [element]
            case "sdt": return element.child(w, "sdtContent").map(tableCells) ?? []
            case "customXml": return tableCells(element)
            default: return []
            }
        }
    }

    /// A cell's alignment, from its first paragraph's justification.
    private func alignment(_ tc: XMLElementNode) -> CellAlignment? {
        switch tc.child(w, "p")?.child(w, "pPr")?.child(w, "jc")?.attribute(w, "val") {
        case "center": return .center
        case "right", "end": return .right
        default: return nil
        }
    }
}
