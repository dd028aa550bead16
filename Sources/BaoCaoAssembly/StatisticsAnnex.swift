import BaoCaoCore
import Foundation

/// The annex "BIỂU THỐNG KÊ": every figure of the report with its department and source file.
public enum StatisticsAnnex {
    /// The annex title.
    public static let title = "BIỂU THỐNG KÊ"

    /// The column headings.
    public static let columns = ["STT", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Đơn vị báo cáo", "Nguồn"]

    /// Builds the annex from the accepted figures.
    static func make(figures: [Figure], outline: Outline, profile: Profile) -> Annex {
        var rows = [TableRow(cells: columns.map { TableCell(text: $0, alignment: .center) })]
        var index = 0
        func add(_ label: String, _ value: String, _ unit: String, _ figure: Figure) {
            index += 1
            let department = profile.department(figure.department)?.shortName ?? figure.department
            let source = "\(figure.sourceName):\(figure.location.line.map(String.init) ?? "")"
            rows.append(TableRow(cells: [
                TableCell(text: "\(index)", alignment: .center), TableCell(text: label),
                TableCell(text: value, alignment: .right), TableCell(text: unit),
                TableCell(text: department), TableCell(text: source),
            ]))
        }
        for figure in figures {
            switch figure.value {
            case .number(let value, let digits):
                add(figure.label, FigureText.plain(value, fractionDigits: digits), unit(of: figure), figure)
            case .tasks(let tally):
                add("\(figure.label): tổng số", VietnameseFormat.number(Decimal(tally.assigned)), "nhiệm vụ", figure)
                let rounding = outline.rounding(for: figure)
                let shares = tally.shares(rounding)
                for (part, count) in tally.orderedParts {
                    add("\(figure.label): \(part.label.lowercased())", VietnameseFormat.number(Decimal(count)), "nhiệm vụ", figure)
                    if let share = shares[part] {
                        add("\(figure.label): tỷ lệ \(part.label.lowercased())", String(rounding.text(share).dropLast()), "%", figure)
                    }
                }
            }
        }
        let table = Table(headerRowCount: 1, rows: rows, columnWidths: [0.6, 5, 1.4, 1.6, 2, 2.4])
        return Annex(title: title, blocks: [.table(table)])
    }

    private static func unit(of figure: Figure) -> String {
        switch figure.kind {
        case .count: return figure.unit ?? ""
        case .amount: return figure.unit ?? ""
        case .share: return "%"
        case .percentOfPlan: return "% KH"
        case .ratioToSamePeriod: return "% so với cùng kỳ"
        case .growth: return "% tăng (+), giảm (-) so với cùng kỳ"
        case .monthOnMonth: return "% so với tháng trước"
        case .tasks: return "nhiệm vụ"
        }
    }
}
