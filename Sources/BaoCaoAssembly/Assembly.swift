import BaoCaoCore

/// The result of assembling a period: the report, the figures it used and everything the checks found.
public struct Assembly {
    /// The assembled report.
    public var report: Report
    /// The period assembled.
    public var period: ReportingPeriod
    /// Every accepted figure, in department and file order.
    public var figures: [Figure]
    /// Errors and warnings, `file:line: severity: message`.
    public var log: DiagnosticLog
}
