import BaoCaoCore
import Foundation

/// Reads an XLSX workbook as a report of tables, one section per sheet (`baocao convert
/// so-lieu.xlsx -o so-lieu.md`). A department's filled form is read as figures by the assembly,
/// through ``XLSXReader``, not through this importer.
public struct XLSXImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .xlsx, extensions: ["xlsx"], summary: "Excel workbooks: each sheet as a table (safe zip and XML readers)")
    }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        let workbook = try XLSXReader.read(data, source: source)
        let sections = workbook.sheets.map { sheet in
            let width = (sheet.rows.flatMap(\.cells).map(\.column).max() ?? -1) + 1
            let rows = sheet.rows.map { row in
                TableRow(cells: (0..<width).map { TableCell(text: row.cell($0).map { Self.text($0.content) } ?? "") })
            }
            return Section(title: [.text(sheet.name)], blocks: rows.isEmpty ? [] : [.table(Table(headerRowCount: 1, rows: rows))])
        }
        return Report(sections: sections)
    }

    /// A cell as text; numbers the Vietnamese way ("41,68").
    private static func text(_ content: Spreadsheet.Cell.Content) -> String {
        switch content {
        case .text(let text), .date(let text), .error(let text): return text
        case .number(let lexical): return SpreadsheetNumber.vietnamese(lexical: lexical) ?? lexical
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .formulaWithoutValue: return ""
        }
    }
}
