import BaoCaoCore
import Foundation

/// One typed figure from a department's submission, with where it came from.
public struct Figure: Hashable, Sendable {
    /// The value of a figure: a number (with the precision it was written with) or a task tally.
    public enum Value: Hashable, Sendable {
        /// A number; `fractionDigits` is kept when it is printed again.
        case number(Decimal, fractionDigits: Int)
        /// A task tally.
        case tasks(TaskTally)
    }

    /// A share the department wrote next to a tally part, for example "73%", checked against the counts.
    public struct StatedShare: Hashable, Sendable {
        /// The part it belongs to.
        public var part: TaskTally.Part
        /// The value in percent.
        public var value: Decimal
        /// The decimals it was written with.
        public var fractionDigits: Int
        /// Where it was written.
        public var location: SourceLocation
    }

    /// The identifier, unique within its department, used in templates as `department.id`.
    public var id: String
    /// What the figure is, in Vietnamese, for the statistics annex.
    public var label: String
    /// What it measures.
    public var kind: FigureKind
    /// Its value.
    public var value: Value
    /// The unit of an amount ("tỷ đồng", "ha", "lượt"); `nil` for other kinds.
    public var unit: String?
    /// Shares stated next to a tally's parts.
    public var statedShares: [StatedShare]
    /// The id of a figure of the same department this one is a part of ("134 quyết định" of
    /// "821 văn bản đi"); the parts of a total must not exceed it.
    public var partOf: String?
    /// The indicator (chỉ tiêu) this figure is one measure of, by its id within the department;
    /// its kind tells which measure. `nil`: the figure is an indicator of its own.
    public var indicator: String?
    /// True for a value from the start of the year (lũy kế) rather than of the month.
    public var isCumulative: Bool
    /// The department that sent it.
    public var department: String
    /// The file and line it was read from.
    public var location: SourceLocation
    /// The file name relative to the inbox, as printed in the statistics annex (for a workbook with
    /// its sheet and cell: "2023-05/snn-2023-06.xlsx!Biểu!E9").
    public var sourceName: String

    /// Creates a figure.
    public init(
        id: String, label: String, kind: FigureKind, value: Value, unit: String? = nil, statedShares: [StatedShare] = [],
        department: String, location: SourceLocation, sourceName: String
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.value = value
        self.unit = unit
        self.statedShares = statedShares
        self.partOf = nil
        self.indicator = nil
        self.isCumulative = false
        self.department = department
        self.location = location
        self.sourceName = sourceName
    }

    /// The tally of a `tasks` figure.
    public var tally: TaskTally? {
        if case .tasks(let tally) = value { return tally }
        return nil
    }

    /// The number of a numeric figure.
    public var number: (value: Decimal, fractionDigits: Int)? {
        if case .number(let value, let digits) = value { return (value, digits) }
        return nil
    }
}
