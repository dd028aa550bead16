import Foundation

/// What to assemble: the configuration folder, the inbox, the period, and options.
public struct AssemblyRequest: Sendable {
    /// The configuration folder as the user wrote it (holds `profile.yaml` and `outline.yaml`).
    public var configDirectory: String
    /// The inbox folder holding one folder per period; `nil` for `<config>/samples`.
    public var inbox: String?
    /// The period, "2023-05"; `nil` for the profile's default (the bundled sample month).
    public var period: ReportingPeriod?
    /// Only this department's sections (for `baocao section`); `nil` for the whole report.
    public var department: String?
    /// Mark the report as a draft.
    public var draft: Bool
    /// With ``department``: render its sections from its own files only, as if no other department
    /// had sent anything (the intake's preview, which must show a department nothing of the others').
    public var ownFilesOnly = false

    /// Creates a request; the defaults are `Config/`, its sample inbox and its default period.
    public init(configDirectory: String = "Config", inbox: String? = nil, period: ReportingPeriod? = nil,
                department: String? = nil, draft: Bool = false) {
        self.configDirectory = configDirectory
        self.inbox = inbox
        self.period = period
        self.department = department
        self.draft = draft
    }

    /// The inbox path to use.
    public var inboxPath: String {
        inbox ?? (configDirectory as NSString).appendingPathComponent("samples")
    }

    /// A path inside the configuration folder, as the user would write it.
    func configPath(_ name: String) -> String {
        (configDirectory as NSString).appendingPathComponent(name)
    }
}
