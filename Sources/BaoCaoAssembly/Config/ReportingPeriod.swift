import BaoCaoCore

/// A monthly reporting period, "2023-05", with its data cut-off (Decree 09/2019, Article 12).
public struct ReportingPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, for example 2023.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int

    /// Creates a period; `month` must be 1 to 12.
    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses "2023-05"; returns `nil` for anything else.
    public init?(_ text: String) {
        guard let date = DocumentDate(iso: text), date.day == nil else { return nil }
        self.init(year: date.year, month: date.month)
    }

    /// "2023-05".
    public var description: String { DocumentDate(year: year, month: month).isoText }

    /// The month before this one.
    public var previous: ReportingPeriod {
        month == 1 ? ReportingPeriod(year: year - 1, month: 12) : ReportingPeriod(year: year, month: month - 1)
    }

    /// The cut-off window: from `startDay` of the previous month to the day before it in this month
    /// (a `startDay` of 1 gives the calendar month).
    ///
    /// With Decree 09/2019's default `startDay` of 15 the window of May 2023 is 15/4/2023 to 14/5/2023.
    public func cutoff(startDay: Int) -> (start: DocumentDate, end: DocumentDate) {
        guard startDay > 1 else {
            return (DocumentDate(year: year, month: month, day: 1),
                    DocumentDate(year: year, month: month, day: DocumentDate.daysIn(month: month, year: year)))
        }
        let before = previous
        let start = DocumentDate(year: before.year, month: before.month,
                                 day: min(startDay, DocumentDate.daysIn(month: before.month, year: before.year)))
        let end = DocumentDate(year: year, month: month, day: min(startDay - 1, DocumentDate.daysIn(month: month, year: year)))
        return (start, end)
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
