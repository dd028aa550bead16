import BaoCaoCore
import Foundation

/// Writes the tables of a report (the statistics annex above all) as an XLSX workbook, one sheet
/// per table, numbers written the Vietnamese way in the text becoming numbers with a Vietnamese
/// number format; `baocao convert bao-cao.md -o so-lieu.xlsx`.
public struct XLSXExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .xlsx, extensions: ["xlsx"], summary: "the report's tables (the statistics annex) as an Excel workbook")
    }

    /// The workbook. An assembled report's statistical annex is its data: one row per value, numbers
    /// as numbers, with the department, file and line of each (the printed annex leaves those out).
    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        try producing("XLSX") {
            if let statistics = report.statistics { return try Self.data(statistics, title: report.subject) }
            return try Self.data(report)
        }
    }

    /// The workbook's bytes: one sheet per table of the body and annexes, in document order.
    public static func data(_ report: Report) throws -> Data {
        let tables = report.sections.flatMap(Self.tables) + report.annexes.flatMap { $0.blocks.flatMap(Self.tables) }
        var sheets = tables.enumerated().map { index, table in TableSheet.sheet(table, name: "Bảng \(index + 1)") }
        if sheets.isEmpty { sheets = [Worksheet(name: "Bảng 1", columns: [], rows: [])] }
        return try XLSXWriter.data(Workbook(sheets: sheets, title: report.subject))
    }

    /// The workbook of a statistical annex: one sheet per sector, named after it, its header row frozen.
    public static func data(_ statistics: StatisticalAnnex, title: String) throws -> Data {
        let header = TableRow(cells: StatisticalAnnex.dataColumns.map { TableCell(text: $0, alignment: .center) })
        var names: Set<String> = []
        let sheets = statistics.sectors.map { sector in
            let rows = StatisticalAnnex(title: statistics.title, sectors: [sector]).dataRows.map { row in
                TableRow(cells: row.map { TableCell(text: $0) })
            }
            return TableSheet.sheet(Table(headerRowCount: 1, rows: [header] + rows), name: sheetName(sector.title, taken: &names))
        }
        let empty = TableSheet.sheet(Table(headerRowCount: 1, rows: [header]), name: "Biểu thống kê")
        return try XLSXWriter.data(Workbook(sheets: sheets.isEmpty ? [empty] : sheets, title: title))
    }

    /// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook.
    private static func sheetName(_ title: String, taken: inout Set<String>) -> String {
        var name = String(title.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        while !taken.insert(name).inserted { name = String(name.prefix(27)) + " \(taken.count + 1)" }
        return name
    }

    private static func tables(_ section: Section) -> [Table] {
        section.blocks.flatMap(tables) + section.subsections.flatMap(tables)
    }

    private static func tables(_ block: Block) -> [Table] {
        if case .table(let table) = block { return [table] }
        return []
    }
}

/// One table of a report as a worksheet: header rows bold and frozen, numbers as numbers.
public enum TableSheet {
    /// The sheet `name` holding `table`.
    public static func sheet(_ table: Table, name: String) -> Worksheet {
        let grid = table.grid()
        var widths = Array(repeating: 8.0, count: table.columnCount)
        var rows: [Worksheet.Row] = []
        var merged: [String] = []
        for (rowIndex, slots) in grid.enumerated() {
            let header = rowIndex < table.headerRowCount
            var cells: [Cell?] = []
            for (column, slot) in slots.enumerated() {
                guard case .origin(let row, let index) = slot else {
                    cells.append(nil)
                    continue
                }
                let cell = table.rows[row].cells[index]
                let text = cell.blocks.map { $0.plainText }.joined(separator: "\n")
                if cell.columnSpan > 1 || cell.rowSpan > 1 {
                    let last = CellReference.reference(column: column + cell.columnSpan - 1, row: min(rowIndex + cell.rowSpan, grid.count))
                    merged.append("\(CellReference.reference(column: column, row: rowIndex + 1)):\(last)")
                } else {
                    widths[column] = min(max(widths[column], Double(text.count) + 2), 60)
                }
                cells.append(header ? .text(text, .header) : Self.cell(text))
            }
            rows.append(Worksheet.Row(cells))
        }
        var sheet = Worksheet(name: name, columns: widths.map { Worksheet.Column(width: $0) }, rows: rows)
        sheet.merged = merged
        sheet.frozenRows = table.headerRowCount
        sheet.landscape = table.columnCount > 5
        return sheet
    }

    /// A body cell: a number when the text is a Vietnamese number, else text.
    static func cell(_ text: String) -> Cell {
        var style = CellStyle()
        style.border = true
        style.wrap = true
        if let value = try? VietnameseNumberParser.parse(text) {
            style.numberFormat = NumberFormatCode.vietnamese(fractionDigits: value.fractionDigits)
            style.alignment = .right
            return Cell(.number(value.value), style: style)
        }
        return Cell(.text(text), style: style)
    }
}

extension CellStyle {
    /// A table's header cell: bold, centred, wrapped, bordered.
    public static var header: CellStyle {
        var style = CellStyle()
        style.bold = true
        style.alignment = .center
        style.wrap = true
        style.border = true
        return style
    }
}
