/// What a figure measures, which decides how it is written and checked.
///
/// A ratio to the same period ("bằng 101,6% so với cùng kỳ") and growth ("tăng 42% so với cùng kỳ")
/// are different kinds on purpose: 101,6% of last year is growth of 1,6%, and the report must not
/// confuse them.
public enum FigureKind: String, Hashable, Sendable, CaseIterable {
    /// A whole count: "3.384 văn bản đến", "04 cuộc họp".
    case count
    /// An amount with a unit: "497,984 tỷ đồng", "284,73 ha".
    case amount
    /// A share of a whole: "chiếm 95,7%".
    case share
    /// Percent of the year's plan: "đạt 60,6% KH".
    case percentOfPlan = "plan"
    /// Ratio to the same period last year: "bằng 101,6% so với cùng kỳ".
    case ratioToSamePeriod = "same_period_ratio"
    /// Growth over the same period last year (negative is a fall): "tăng 42% so với cùng kỳ".
    case growth
    /// Ratio to the previous month: "bằng 107,5% so với tháng trước".
    case monthOnMonth = "previous_month_ratio"
    /// A task tally: assigned, completed, awaiting confirmation, in progress, overdue.
    case tasks

    /// The Vietnamese name printed in the statistics annex.
    public var label: String {
        switch self {
        case .count: return "Số lượng"
        case .amount: return "Giá trị"
        case .share: return "Tỷ lệ"
        case .percentOfPlan: return "% kế hoạch"
        case .ratioToSamePeriod: return "% so với cùng kỳ"
        case .growth: return "Tăng/giảm so với cùng kỳ"
        case .monthOnMonth: return "% so với tháng trước"
        case .tasks: return "Nhiệm vụ"
        }
    }

    /// True for the kinds whose value is a percentage.
    public var isPercentage: Bool {
        switch self {
        case .share, .percentOfPlan, .ratioToSamePeriod, .growth, .monthOnMonth: return true
        case .count, .amount, .tasks: return false
        }
    }
}
