import Foundation

/// Tasks given and where they stand, as in the office's task-tracking export.
///
/// The parts that are given must add up to ``assigned``; a part left out (`nil`) is not tracked.
public struct TaskTally: Hashable, Sendable {
    /// One part of the tally, in the order the report lists them.
    public enum Part: String, Hashable, Sendable, CaseIterable {
        case completed, awaitingConfirmation = "awaiting_confirmation", inProgress = "in_progress", overdue

        /// The Vietnamese label used in the statistics annex.
        public var label: String {
            switch self {
            case .completed: return "Đã hoàn thành"
            case .awaitingConfirmation: return "Chờ xác nhận hoàn thành"
            case .inProgress: return "Đang thực hiện"
            case .overdue: return "Quá hạn"
            }
        }
    }

    /// Tasks assigned in the period.
    public var assigned: Int
    /// The parts that were reported, by kind.
    public var parts: [Part: Int]

    /// Creates a tally.
    public init(assigned: Int, parts: [Part: Int]) {
        self.assigned = assigned
        self.parts = parts
    }

    /// The reported parts in report order, with their counts.
    public var orderedParts: [(part: Part, count: Int)] {
        Part.allCases.compactMap { part in parts[part].map { (part, $0) } }
    }

    /// The sum of the reported parts.
    public var partsTotal: Int { parts.values.reduce(0, +) }

    /// The share of each reported part, rounded by `rounding`.
    public func shares(_ rounding: ShareRounding) -> [Part: Decimal] {
        let ordered = orderedParts
        let values = rounding.shares(of: ordered.map(\.count), in: assigned)
        guard values.count == ordered.count else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(ordered.map(\.part), values))
    }
}
