import BaoCaoCore
import CSV
import Foundation

/// The annex "BIỂU THỐNG KÊ": every figure of the report with its department and source file.
///
/// It is printed after the signature (DOCX, ODT, Markdown) and is, on its own, the CSV file of an
/// assembly run, one figure per line, so that the office can check each number against its source.
public enum StatisticsAnnex {
    /// The annex title.
    public static let title = "BIỂU THỐNG KÊ"

    /// The column headings of the printed table.
    public static let columns = ["STT", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Đơn vị báo cáo", "Nguồn"]

    /// One line of the annex.
    struct Line {
        var code: String
        var label: String
        var value: String
        var unit: String
        var department: String
        var source: String
    }

    /// The annex as printed in the report.
    static func make(figures: [Figure], outline: Outline, profile: Profile) -> Annex {
        var rows = [TableRow(cells: columns.map { TableCell(text: $0, alignment: .center) })]
        for (index, line) in lines(figures: figures, outline: outline, profile: profile).enumerated() {
            rows.append(TableRow(cells: [
                TableCell(text: "\(index + 1)", alignment: .center), TableCell(text: line.label),
                TableCell(text: line.value, alignment: .right), TableCell(text: line.unit),
                TableCell(text: line.department), TableCell(text: line.source),
            ]))
        }
        let table = Table(headerRowCount: 1, rows: rows, columnWidths: [1.1, 5.2, 1.5, 1.5, 2.2, 2.9])
        return Annex(title: title, blocks: [.table(table)])
    }

    /// The annex as an RFC 4180 CSV file (UTF-8, CRLF), with a column of figure codes added.
    static func csv(figures: [Figure], outline: Outline, profile: Profile) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: columns + ["Mã số liệu"])
        for (index, line) in lines(figures: figures, outline: outline, profile: profile).enumerated() {
            try writer.write(row: ["\(index + 1)", line.label, line.value, line.unit, line.department, line.source, line.code])
        }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw BaoCaoError(.output, .statisticsCSVFailed)
        }
        return data + Data("\r\n".utf8)
    }

    private static func lines(figures: [Figure], outline: Outline, profile: Profile) -> [Line] {
        var lines: [Line] = []
        for figure in figures {
            let department = profile.department(figure.department)?.shortName ?? figure.department
            let source = "\(figure.sourceName):\(figure.location.line.map(String.init) ?? "")"
            let code = "\(figure.department).\(figure.id)"
            func add(_ suffix: String, _ label: String, _ value: String, _ unit: String) {
                lines.append(Line(code: code + suffix, label: label, value: value, unit: unit, department: department, source: source))
            }
            switch figure.value {
            case .number(let value, let digits):
                add("", figure.label, FigureText.plain(value, fractionDigits: digits), unit(of: figure))
            case .tasks(let tally):
                add(".assigned", "\(figure.label): tổng số", VietnameseFormat.number(Decimal(tally.assigned)), "nhiệm vụ")
                let rounding = outline.rounding(for: figure)
                let shares = tally.shares(rounding)
                for (part, count) in tally.orderedParts {
                    add(".\(part.rawValue)", "\(figure.label): \(part.label.lowercased())", VietnameseFormat.number(Decimal(count)), "nhiệm vụ")
                    if let share = shares[part] {
                        add(".\(part.rawValue)_share", "\(figure.label): tỷ lệ \(part.label.lowercased())", String(rounding.text(share).dropLast()), "%")
                    }
                }
            }
        }
        return lines
    }

    private static func unit(of figure: Figure) -> String {
        switch figure.kind {
        case .count, .amount: return figure.unit ?? ""
        case .share: return "%"
        case .percentOfPlan: return "% KH"
        case .ratioToSamePeriod: return "% so với cùng kỳ"
        case .growth: return "% tăng (+), giảm (-) so với cùng kỳ"
        case .monthOnMonth: return "% so với tháng trước"
        case .tasks: return "nhiệm vụ"
        }
    }
}
