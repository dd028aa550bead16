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
        /// The value and its number of decimals.
        var value: (number: Decimal, fractionDigits: Int)
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
                TableCell(text: VietnameseFormat.number(line.value.number, fractionDigits: line.value.fractionDigits), alignment: .right),
                TableCell(text: line.unit),
                TableCell(text: line.department), TableCell(text: line.source),
            ]))
        }
        let table = Table(headerRowCount: 1, rows: rows, columnWidths: [1.1, 5.2, 1.5, 1.5, 2.2, 2.9])
        return Annex(title: title, blocks: [.table(table)])
    }

    /// The annex as a CSV file in `dialect` (UTF-8, CRLF), with a column of figure codes added.
    static func csv(figures: [Figure], outline: Outline, profile: Profile, dialect: StatisticsCSVDialect) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: String(dialect.delimiter), newline: .crlf)
        try writer.write(row: columns + ["Mã số liệu"])
        for (index, line) in lines(figures: figures, outline: outline, profile: profile).enumerated() {
            let value = dialect.number(line.value.number, fractionDigits: line.value.fractionDigits)
            try writer.write(row: ["\(index + 1)", line.label, value, line.unit, line.department, line.source, line.code])
        }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw BaoCaoError(.output, .statisticsCSVFailed)
        }
        return dialect.preamble + data + Data("\r\n".utf8)
    }

    private static func lines(figures: [Figure], outline: Outline, profile: Profile) -> [Line] {
        var lines: [Line] = []
        for figure in figures {
            let department = profile.department(figure.department)?.shortName ?? figure.department
            // "2023-05/sct.yaml:9"; a workbook's figure names its cell in `sourceName` ("2023-05/snn.xlsx!Biểu!E9").
            let source = figure.location.line.map { "\(figure.sourceName):\($0)" } ?? figure.sourceName
            let code = "\(figure.department).\(figure.id)"
            func add(_ suffix: String, _ label: String, _ value: (Decimal, Int), _ unit: String) {
                lines.append(Line(code: code + suffix, label: label, value: value, unit: unit, department: department, source: source))
            }
            switch figure.value {
            case .number(let value, let digits):
                add("", figure.label, (value, digits), unit(of: figure))
            case .tasks(let tally):
                add(".assigned", "\(figure.label): tổng số", (Decimal(tally.assigned), 0), "nhiệm vụ")
                let rounding = outline.rounding(for: figure)
                let shares = tally.shares(rounding)
                for (part, count) in tally.orderedParts {
                    add(".\(part.rawValue)", "\(figure.label): \(part.label.lowercased())", (Decimal(count), 0), "nhiệm vụ")
                    if let share = shares[part] {
                        // As printed: "73", "66,2" (trailing zeros dropped).
                        let printed = rounding.text(share).dropLast()
                        let digits = printed.split(separator: ",").dropFirst().first?.count ?? 0
                        add(".\(part.rawValue)_share", "\(figure.label): tỷ lệ \(part.label.lowercased())", (share, digits), "%")
                    }
                }
            }
        }
        return lines
    }

    private static func unit(of figure: Figure) -> String {
        unit(kind: figure.kind, unit: figure.unit)
    }

    /// The unit column of a figure of `kind` with `unit`: the unit itself, or what its percentage is of.
    static func unit(kind: FigureKind, unit: String?) -> String {
        switch kind {
        case .count, .amount: return unit ?? ""
        case .share: return "%"
        case .percentOfPlan: return "% KH"
        case .ratioToSamePeriod: return "% so với cùng kỳ"
        case .growth: return "% tăng (+), giảm (-) so với cùng kỳ"
        case .monthOnMonth: return "% so với tháng trước"
        case .tasks: return "nhiệm vụ"
        }
    }
}
