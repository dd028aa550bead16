import BaoCaoCore
import CSV
import Foundation

/// Reads a figures table saved as CSV, by Excel in a Vietnamese locale (";" separator, optional byte
/// order mark), as Excel's "Unicode Text" (tab-separated UTF-16, `.txt`) or as plain RFC 4180
/// (","); numbers are written the Vietnamese way in both, and in a
/// "," file a number such as "1,234" or "1.234" is ambiguous (an English locale may have written it).
///
/// The first rows name the department and period (`department;sct`, `period;2023-05`), then comes a
/// header row starting with `id`, then one figure per row. Column names are the ``FigureBuilder``
/// field names or their Vietnamese equivalents (see `docs/submissions.md`).
enum CSVSubmissionReader {
    /// Vietnamese column names accepted in place of the field names.
    static let columnAliases: [String: String] = [
        "mã": "id", "chỉ tiêu": "label", "loại": "kind", "giá trị": "value", "đơn vị tính": "unit",
        "đơn vị": "department", "kỳ báo cáo": "period", "tổng số": "assigned", "đã hoàn thành": "completed",
        "chờ xác nhận": "awaiting_confirmation", "đang thực hiện": "in_progress", "quá hạn": "overdue",
        "tỷ lệ hoàn thành": "completed_share", "tỷ lệ chờ xác nhận": "awaiting_confirmation_share",
        "tỷ lệ đang thực hiện": "in_progress_share", "tỷ lệ quá hạn": "overdue_share", "thuộc": "part_of",
        "mã chỉ tiêu": "indicator", "lũy kế": "cumulative",
    ]

    /// Parses `text`, the content of `file`.
    static func read(_ text: String, file: String, sourceName: String, catalogue: Catalogue = .empty, log: DiagnosticLog) throws -> Submission {
        let (rows, delimiter) = try self.rows(text, file: file)
        let lines = CSVLineMap(text, delimiter: delimiter)
        if let opened = lines.unclosedQuoteLine {
            throw BaoCaoError.badInput(.csvUnclosedQuote, at: SourceLocation(file: file, line: opened))
        }
        var department: (String, SourceLocation)?
        var period: (ReportingPeriod, SourceLocation)?
        var headerIndex: Int?
        for (index, row) in rows.enumerated() {
            let key = canonical(row.first ?? "")
            let value = row.count > 1 ? row[1].trimmingCharacters(in: .whitespaces) : ""
            let location = SourceLocation(file: file, line: lines.line(ofRecord: index))
            if key == "id" {
                headerIndex = index
                break
            } else if key == "department" {
                department = (value, location)
            } else if key == "period" {
                guard let parsed = ReportingPeriod(value) else {
                    throw BaoCaoError.badInput(.periodNotAMonth(value), at: location)
                }
                period = (parsed, location)
            } else if !row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw BaoCaoError.badInput(.csvUnexpectedRow, at: location)
            }
        }
        guard let (departmentID, departmentLocation) = department else {
            throw BaoCaoError.badInput(.csvMissingDepartment, at: SourceLocation(file: file, line: 1))
        }
        guard let (periodValue, periodLocation) = period else {
            throw BaoCaoError.badInput(.csvMissingPeriod, at: SourceLocation(file: file, line: 1))
        }
        guard let headerIndex else {
            throw BaoCaoError.badInput(.csvMissingHeader, at: SourceLocation(file: file))
        }
        let columns = rows[headerIndex].map(canonical)
        var submission = Submission(
            department: departmentID, departmentLocation: departmentLocation, period: periodValue,
            periodLocation: periodLocation, file: file, sourceName: sourceName, figures: [], narratives: [])
        let builder = FigureBuilder(
            department: departmentID, sourceName: sourceName, style: delimiter == "," ? .mixed : .vietnamese, catalogue: catalogue)
        for index in rows.indices.dropFirst(headerIndex + 1) {
            let row = rows[index]
            let location = SourceLocation(file: file, line: lines.line(ofRecord: index))
            guard let id = row.first?.trimmingCharacters(in: .whitespaces), !id.isEmpty else { continue }
            var fields: [String: FigureBuilder.Field] = [:]
            for (column, cell) in zip(columns, row).dropFirst() where !column.isEmpty {
                fields[column] = .init(text: cell.trimmingCharacters(in: .whitespaces), location: location)
            }
            if let figure = builder.figure(id: id, at: location, fields: fields, log: log) {
                submission.figures.append(figure)
            } else {
                submission.unreadableFigures.append(id)
            }
        }
        return submission
    }

    /// The rows of the file, split with the CSV library; the separator is ";" when the first line has one.
    private static func rows(_ text: String, file: String) throws -> (rows: [[String]], delimiter: UnicodeScalar) {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: UnicodeScalar = firstLine.contains("\t") ? "\t" : firstLine.contains(";") ? ";" : ","
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row.map(\.nfc)) }
            if let error = reader.error {
                throw BaoCaoError.badInput(.csvUnreadableAfter(row: rows.count, reason: "\(error)"), at: SourceLocation(file: file, line: rows.count + 1))
            }
            return (rows, delimiter)
        } catch let error as BaoCaoError {
            throw error
        } catch {
            throw BaoCaoError.badInput(.csvUnreadable("\(error)"), at: SourceLocation(file: file))
        }
    }

    /// The field name a column heading stands for: its alias, else the heading in lower case.
    static func canonical(_ name: String) -> String {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return columnAliases[key] ?? key
    }
}
