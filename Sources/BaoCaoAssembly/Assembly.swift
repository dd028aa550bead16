import BaoCaoCore
import Foundation

/// The result of assembling a period: the report, the figures it used and everything the checks found.
public struct Assembly {
    /// The assembled report.
    public var report: Report
    /// The period assembled.
    public var period: ReportingPeriod
    /// The department of a preview (its id as the profile spells it); `nil` for the whole report.
    public var department: String?
    /// The figures in the statistics annex: every accepted one, or a preview's department's own,
    /// in department and file order.
    public var figures: [Figure]
    /// Errors and warnings, `file:line: severity: message`.
    public var log: DiagnosticLog
    /// The page layout the profile asks for.
    public var layout: PageLayout
    /// The departments' full names by id, as the profile gives them.
    public var departmentNames: [String: String] = [:]
}
