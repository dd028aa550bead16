import BaoCaoCore
import Foundation

/// A department (sở, ban, ngành) that sends figures and sections each month.
public struct Department: Hashable, Sendable {
    /// The short identifier used in file names and templates, for example "sct".
    public var id: String
    /// The full name, for example "Sở Công Thương".
    public var name: String
    /// The name used in running text, for example "Sở Công Thương" or "Văn phòng UBND tỉnh".
    public var shortName: String
}

/// The province profile (`Config/profile.yaml`): who issues the report, to whom, and when data is cut off.
public struct Profile: Sendable {
    /// "UBND TỈNH CAO BẰNG".
    public var parentBody: String
    /// "VĂN PHÒNG".
    public var issuingBody: String
    /// The issuing body's full name in running text, "Văn phòng UBND tỉnh Cao Bằng" (`issuer_full_name`),
    /// for the "(Kèm theo …)" line of the annex.
    public var issuerFullName: String?
    /// "Cao Bằng".
    public var place: String
    /// The symbol after the number, "BC-VP".
    public var numberSymbol: String
    /// Departments in the order the office lists them.
    public var departments: [Department] {
        didSet { positions = Self.positions(of: departments) }
    }
    /// Signature blocks by identifier.
    public var signers: [String: Signature]
    /// Distribution lists by identifier.
    public var distributionLists: [String: DistributionList]
    /// The day of the previous month the data window starts (Decree 09/2019: 15).
    public var cutoffStartDay: Int
    /// Days after the cut-off's last day by which departments send their figures (printed on the form).
    public var deadlineDaysAfterCutoff = 2
    /// The period assembled when none is given (the bundled sample month).
    public var defaultPeriod: ReportingPeriod
    /// The password that lifts the protection of the departments' forms (`forms.sheet_password`);
    /// `nil` (absent or empty) protects them without a password.
    public var formPassword: String?
    /// The page layout of the DOCX and ODT outputs (the `layout:` section; Decree 30's defaults
    /// where it is absent or silent).
    public var layout = PageLayout()
    /// Where each department is in `departments`, by identifier (the first one when an id repeats),
    /// so that looking one up stays cheap with thousands of departments.
    private var positions: [String: Int]

    /// A profile with these values and Decree 30's default layout.
    init(parentBody: String, issuingBody: String, place: String, numberSymbol: String, departments: [Department],
         signers: [String: Signature], distributionLists: [String: DistributionList], cutoffStartDay: Int,
         defaultPeriod: ReportingPeriod) {
        self.parentBody = parentBody
        self.issuingBody = issuingBody
        self.place = place
        self.numberSymbol = numberSymbol
        self.departments = departments
        self.signers = signers
        self.distributionLists = distributionLists
        self.cutoffStartDay = cutoffStartDay
        self.defaultPeriod = defaultPeriod
        positions = Self.positions(of: departments)
    }

    /// The department with this identifier.
    public func department(_ id: String) -> Department? {
        positions[id].map { departments[$0] }
    }

    private static func positions(of departments: [Department]) -> [String: Int] {
        Dictionary(departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads `profile.yaml` from `url`, naming it `file` in messages.
    public static func load(_ url: URL, file: String) throws -> Profile {
        let root = try YAMLNode.load(url, file: file)
        var departments: [Department] = []
        var ids: Set<String> = []
        for item in try root.required("departments").items() {
            let id = try item.requiredString("id")
            guard ids.insert(id).inserted else { throw item.error(.departmentListedTwice(id)) }
            let name = try item.requiredString("name")
            departments.append(Department(id: id, name: name, shortName: try item.string("short_name") ?? name))
        }
        var signers: [String: Signature] = [:]
        for (key, _, value) in try root.required("signers").pairs() {
            signers[key] = Signature(lines: try value.required("lines").strings(), name: try value.string("name"))
        }
        var lists: [String: DistributionList] = [:]
        for (key, _, value) in try root.required("distribution").pairs() {
            lists[key] = DistributionList(recipients: try value.required("recipients").strings(), archive: try value.string("archive"))
        }
        let calendar = try root.required("calendar")
        let startDay = try calendar.int("cutoff_start_day") ?? 15
        guard (1...28).contains(startDay) else { throw calendar.error(.cutoffDayRange) }
        let periodNode = try calendar.required("default_period")
        guard let period = ReportingPeriod(try periodNode.string()) else { throw periodNode.error(.expectedPeriod) }
        var profile = Profile(
            parentBody: try root.requiredString("parent_body"), issuingBody: try root.requiredString("issuing_body"),
            place: try root.requiredString("place"), numberSymbol: try root.requiredString("number_symbol"),
            departments: departments, signers: signers, distributionLists: lists,
            cutoffStartDay: startDay, defaultPeriod: period)
        profile.issuerFullName = try root.string("issuer_full_name")
        if let layout = root["layout"] { profile.layout = try LayoutSettings.read(layout) }
        if let forms = root["forms"], let password = try forms.string("sheet_password"), !password.isEmpty { profile.formPassword = password }
        if let days = try calendar.int("deadline_days_after_cutoff") {
            guard (1...28).contains(days) else { throw calendar.error(.deadlineDaysRange) }
            profile.deadlineDaysAfterCutoff = days
        }
        return profile
    }
}
