import BaoCaoCore
import Foundation
import XLSXImporter

/// Reads a figures workbook (`.xlsx`): a filled ``DepartmentForm``, or a sheet a clerk made by hand
/// with the CSV submissions' Vietnamese column names (`mã`, `chỉ tiêu`, `loại`, `giá trị`, `đơn vị
/// tính`, `tổng số`…).
///
/// Rows above the header row may name the department and period (`Đơn vị`/`department` and
/// `Kỳ báo cáo`/`period` in the first cell, the value in the last filled cell of the row); without
/// them the department is the start of the file name (`snn-2023-06.xlsx`) and the period the
/// folder's. Numbers are taken as the cell stores them (41,68 stays 41,68; a binary artefact such
/// as 0.30000000000000004 is read with Excel's 15 significant digits), formulas by their cached
/// value. Every problem names the cell: `snn-2023-06.xlsx!Biểu!E9`.
enum XLSXSubmissionReader {
    /// The columns whose cells must be numbers.
    private static let numberFields = Set(["value", "assigned"] + TaskTally.Part.allCases.flatMap { [$0.rawValue, $0.rawValue + "_share"] })

    /// Reads `file`; its folder's period is used when the sheet does not say.
    static func read(_ file: SubmissionReader.File, catalogue: Catalogue, log: DiagnosticLog) throws -> Submission {
        try read(file.data, name: file.name, file: file.path, sourceName: file.sourceName, period: file.period, catalogue: catalogue, log: log)
    }

    /// Reads `data`, the content of `file` (named `name`); `period` is the folder's, used when the
    /// sheet does not say (`nil` when it was not found in a folder).
    static func read(_ data: Data, name: String, file: String, sourceName: String, period folderPeriod: ReportingPeriod?,
                     catalogue: Catalogue, log: DiagnosticLog) throws -> Submission {
        let workbook = try XLSXReader.read(data, source: file)
        guard let (sheet, headerIndex) = workbook.sheets.lazy.compactMap({ sheet in headerRow(in: sheet).map { (sheet, $0) } }).first else {
            throw BaoCaoError.badInput(.noHeaderRow, at: SourceLocation(file: file))
        }
        // "file!sheet!", once: a cell's location is this and its reference, built when it is needed.
        let cellPrefix = "\(file)!\(sheet.name)!"
        func location(_ reference: String) -> SourceLocation { SourceLocation(file: cellPrefix + reference) }
        var department: (String, SourceLocation)?
        var period: (ReportingPeriod, SourceLocation)?
        for row in sheet.rows[..<headerIndex] {
            guard let first = row.cells.first, case .text(let key) = first.content, let last = row.cells.last, row.cells.count > 1 else { continue }
            let value = text(last.content)
            switch CSVSubmissionReader.canonical(key) {
            case "department": department = (value, location(last.reference))
            case "period":
                guard let parsed = ReportingPeriod(value) else {
                    throw BaoCaoError.badInput(.badPeriod(value), at: location(last.reference))
                }
                period = (parsed, location(last.reference))
            default: continue
            }
        }
        let sheetLocation = SourceLocation(file: "\(file)!\(sheet.name)")
        if department == nil, let prefix = name.split(whereSeparator: { $0 == "-" || $0 == "." }).first {
            department = (String(prefix), sheetLocation)
        }
        if period == nil, let folderPeriod { period = (folderPeriod, sheetLocation) }
        guard let (departmentID, departmentLocation) = department else {
            throw BaoCaoError.badInput(.noDepartment, at: sheetLocation)
        }
        guard let (periodValue, periodLocation) = period else {
            throw BaoCaoError.badInput(.noPeriod, at: sheetLocation)
        }
        var submission = Submission(
            department: departmentID, departmentLocation: departmentLocation, period: periodValue, periodLocation: periodLocation,
            file: file, sourceName: sourceName, figures: [], narratives: [])
        let header = sheet.rows[headerIndex]
        var columns: [Int: String] = [:]
        for cell in header.cells { if case .text(let title) = cell.content { columns[cell.column] = CSVSubmissionReader.canonical(title) } }
        guard let idColumn = columns.first(where: { $0.value == "id" })?.key else { throw BaoCaoError.badInput(.noHeaderRow, at: sheetLocation) }
        let builder = FigureBuilder(department: departmentID, sourceName: sourceName, catalogue: catalogue)
        for row in sheet.rows[(headerIndex + 1)...] {
            guard let idCell = row.cell(idColumn) else { continue }
            let id = text(idCell.content)
            guard !id.isEmpty else { continue }
            var fields: [String: FigureBuilder.Field] = Dictionary(minimumCapacity: columns.count)
            var readable = true
            for cell in row.cells where cell.column != idColumn {
                guard let field = columns[cell.column] else { continue }
                guard let value = fieldText(cell, field: field, at: location(cell.reference), log: log) else {
                    readable = false
                    continue
                }
                if !value.isEmpty { fields[field] = .init(text: value, cellPrefix: cellPrefix, reference: cell.reference) }
            }
            guard readable else { continue }
            // The figure is where its value is to be typed: "E9" (the tally's "Tổng số" cell).
            let kind = fields["kind"].flatMap { FigureKind(rawValue: $0.text) } ?? catalogue.entry(departmentID, id)?.kind
            let valueField = kind == .tasks ? "assigned" : "value"
            let valueCell = columns.first { $0.value == valueField }.map { CellReference.reference(column: $0.key, row: row.number) } ?? idCell.reference
            if catalogue.entry(departmentID, id) != nil, fields[valueField] == nil {
                submission.blankFigures[id] = location(valueCell)
                continue
            }
            if var figure = builder.figure(id: id, at: location(valueCell), fields: fields, log: log) {
                figure.sourceName = "\(sourceName)!\(sheet.name)!\(valueCell)"
                submission.figures.append(figure)
            }
        }
        return submission
    }

    /// The kinds by their label in words, lower case ("% kế hoạch"), as a clerk may type them in `loại`.
    private static let kindsByLabel = Dictionary(FigureKind.allCases.map { ($0.label.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// The index of the first row with a column headed `mã` (or `id`).
    private static func headerRow(in sheet: Spreadsheet.Sheet) -> Int? {
        sheet.rows.firstIndex { row in
            row.cells.contains { if case .text(let title) = $0.content { CSVSubmissionReader.canonical(title) == "id" } else { false } }
        }
    }

    /// A cell's content as the text ``FigureBuilder`` reads, or `nil` (and an error) when the cell
    /// cannot give a value.
    private static func fieldText(_ cell: Spreadsheet.Cell, field: String, at location: @autoclosure () -> SourceLocation,
                                  log: DiagnosticLog) -> String? {
        switch cell.content {
        case .formulaWithoutValue:
            log.error(.formulaWithoutValue, at: location())
            return nil
        case .error(let code):
            log.error(.errorValue(code), at: location())
            return nil
        case .text(let text):
            let trimmed = text.trimmedWhitespace
            if numberFields.contains(field), !trimmed.isEmpty,
                (try? VietnameseNumberParser.parse(trimmed.replacingOccurrences(of: "%", with: ""))) == nil {
                log.error(.textInNumberCell(trimmed), at: location())
                return nil
            }
            if field == "kind", FigureKind(rawValue: trimmed) == nil, let kind = kindsByLabel[trimmed.lowercased()] {
                return kind.rawValue
            }
            return trimmed
        case .number(let lexical):
            guard let number = SpreadsheetNumber.vietnamese(lexical: lexical) else {
                log.error(.textInNumberCell(lexical), at: location())
                return nil
            }
            return number
        case .date(let date):
            if numberFields.contains(field) {
                log.error(.dateInNumberCell(date), at: location())
                return nil
            }
            return date
        case .boolean(let value):
            return value ? "TRUE" : "FALSE"
        }
    }

    /// A cell's content as plain text, for ids and header values.
    private static func text(_ content: Spreadsheet.Cell.Content) -> String {
        switch content {
        case .text(let text), .date(let text), .error(let text): return text.trimmedWhitespace
        case .number(let lexical): return SpreadsheetNumber.decimal(lexical).map { "\($0)" } ?? lexical
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .formulaWithoutValue: return ""
        }
    }
}
