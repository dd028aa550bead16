import BaoCaoCore
import Foundation
import XLSXExporter

/// Makes the departments' monthly forms from `Config/` (profile, catalogue) and the inbox (the
/// period's cut-off settings, last month's figures): `baocao form`.
public struct FormMaker {
    /// The configuration folder, as the user wrote it.
    public var configDirectory: String
    /// The inbox folder; `nil` for `<config>/samples`.
    public var inbox: String?
    /// The formats last month's submitted documents are read with.
    public var registry: FormatRegistry

    /// Creates a form maker.
    public init(configDirectory: String = "Config", inbox: String? = nil, registry: FormatRegistry) {
        self.configDirectory = configDirectory
        self.inbox = inbox
        self.registry = registry
    }

    /// The ids of the departments that have figures in the catalogue, in the profile's order.
    public func departments() throws -> [String] {
        let (profile, catalogue) = try load()
        return profile.departments.map(\.id).filter { !catalogue.entries($0).isEmpty }
    }

    /// The form of `department` (its id, any case) for `period`, as XLSX bytes.
    ///
    /// - Throws: ``BaoCaoError`` (usage) for an unknown department or one with no catalogue entry.
    public func form(department id: String, period: ReportingPeriod) throws -> (department: String, data: Data) {
        let (profile, catalogue) = try load()
        guard let department = profile.departments.first(where: { $0.id.lowercased() == id.lowercased() }) else {
            throw BaoCaoError(.usage, .unknownDepartmentOption(id, known: profile.departments.map(\.id)))
        }
        let entries = catalogue.entries(department.id)
        guard !entries.isEmpty else {
            throw BaoCaoError(.usage, .nothingOnForm(department.id, file: catalogue.file ?? path(Catalogue.fileName)))
        }
        let inbox = Inbox(path: self.inbox ?? path("samples"))
        let settings = try PeriodSettings.load((inbox.folder(period) as NSString).appendingPathComponent(Inbox.settingsFileName), period: period)
        let defaults = period.cutoff(startDay: profile.cutoffStartDay)
        let cutoff = (settings.cutoffStart ?? defaults.start, settings.cutoffEnd ?? defaults.end)
        var lastMonth: [String: Figure] = [:]
        if inbox.exists(period.previous) {
            for submission in try inbox.read(
                period.previous, catalogue: catalogue, log: DiagnosticLog(), registry: registry,
                expected: ExpectedSubmissions(departments: profile.departments.map(\.id)))
            where submission.department == department.id && submission.period == period.previous {
                for figure in submission.figures where lastMonth[figure.id] == nil { lastMonth[figure.id] = figure }
            }
        }
        var form = DepartmentForm(
            department: department, period: period, cutoff: cutoff,
            deadline: Self.adding(days: profile.deadlineDaysAfterCutoff, to: cutoff.1), province: profile.parentBody,
            entries: entries, lastMonth: lastMonth)
        form.password = profile.formPassword.map { SheetPassword(password: $0, salt: SheetPassword.derivedSalt(from: [profile.parentBody, department.id])) }
        return (department.id, try XLSXWriter.data(form.workbook()))
    }

    /// The file name of a form: "snn-2023-06.xlsx".
    public static func fileName(department: String, period: ReportingPeriod) -> String {
        "\(department)-\(period).xlsx"
    }

    private func load() throws -> (Profile, Catalogue) {
        let profile = try Profile.load(URL(fileURLWithPath: path("profile.yaml")), file: path("profile.yaml"))
        return (profile, try Catalogue.load(path(Catalogue.fileName), profile: profile))
    }

    private func path(_ name: String) -> String {
        (configDirectory as NSString).appendingPathComponent(name)
    }

    private static func adding(days: Int, to date: DocumentDate) -> DocumentDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day ?? 1)),
            let end = calendar.date(byAdding: .day, value: days, to: start)
        else { return date }
        let parts = calendar.dateComponents([.year, .month, .day], from: end)
        return DocumentDate(year: parts.year ?? date.year, month: parts.month ?? date.month, day: parts.day)
    }
}
