import BaoCaoCore
import Foundation

/// How figures are written in Vietnamese running text.
public enum FigureText {
    /// The number alone, with its source precision: "3.384", "497,984", "41,68"; counts are not padded.
    public static func plain(_ value: Decimal, fractionDigits: Int) -> String {
        VietnameseFormat.number(value, fractionDigits: fractionDigits)
    }

    /// The figure as a template prints it by default.
    ///
    /// Counts are padded below 10 ("04", "09"); amounts carry their unit ("497,984 tỷ đồng");
    /// percentages carry the sign ("95,7%"), plan shares add "KH" ("60,6% KH"), and growth is
    /// printed without its sign (use ``phrase(kind:value:fractionDigits:)`` for "tăng"/"giảm").
    public static func standard(kind: FigureKind, value: Decimal, fractionDigits: Int, unit: String?) -> String {
        switch kind {
        case .count:
            let whole = NSDecimalNumber(decimal: value).intValue
            return VietnameseFormat.count(whole)
        case .amount:
            let number = plain(value, fractionDigits: fractionDigits)
            return unit.map { "\(number) \($0)" } ?? number
        case .percentOfPlan:
            return plain(value, fractionDigits: fractionDigits) + "% KH"
        case .growth:
            return plain(abs(value), fractionDigits: fractionDigits) + "%"
        case .share, .ratioToSamePeriod, .monthOnMonth:
            return plain(value, fractionDigits: fractionDigits) + "%"
        case .tasks:
            return plain(value, fractionDigits: 0)
        }
    }

    /// The figure with the wording its kind requires: "đạt 60,6% KH", "bằng 101,6% so với cùng kỳ",
    /// "tăng 42% so với cùng kỳ" or "giảm 17% so với cùng kỳ", "bằng 107,5% so với tháng trước".
    public static func phrase(kind: FigureKind, value: Decimal, fractionDigits: Int, unit: String?) -> String {
        let text = standard(kind: kind, value: value, fractionDigits: fractionDigits, unit: unit)
        switch kind {
        case .percentOfPlan: return "đạt \(text)"
        case .ratioToSamePeriod: return "bằng \(text) so với cùng kỳ"
        case .growth: return "\(value < 0 ? "giảm" : "tăng") \(text) so với cùng kỳ"
        case .monthOnMonth: return "bằng \(text) so với tháng trước"
        case .share: return "chiếm \(text)"
        case .count, .amount, .tasks: return text
        }
    }
}
