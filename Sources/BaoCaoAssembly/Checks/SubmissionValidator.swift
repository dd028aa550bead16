import BaoCaoCore
import Foundation

/// Checks one file a department sends, the way `baocao validate` checks a file of the inbox: it must
/// read as a submission and pass every ``SubmissionCheck`` meant for one file (known department, the
/// period, no figure twice, parts that add up), and declare the sender's department. Checks across
/// files (the catalogue's required figures, duplicates between files) are left to the assembly.
public struct SubmissionValidator: Sendable {
    /// The province's profile (its departments).
    public var profile: Profile
    /// The indicator catalogue (what each department owes).
    public var catalogue: Catalogue
    /// The formats Word and LibreOffice narratives are read with.
    public var registry: FormatRegistry

    /// Creates a validator.
    public init(profile: Profile, catalogue: Catalogue, registry: FormatRegistry) {
        self.profile = profile
        self.catalogue = catalogue
        self.registry = registry
    }

    /// The extensions a submission file may have, lower case, without the dot.
    public static var extensions: [String] { SubmissionReader.all.flatMap(\.extensions) }

    /// What is wrong with `data`, sent by `department` for `period` under `name`; the messages name the
    /// file `displayName`. No error means the file can be part of the period.
    public func check(_ data: Data, name: String, displayName: String, period: ReportingPeriod, department: String) -> [Diagnostic] {
        let log = DiagnosticLog()
        do {
            guard let reader = SubmissionReader.reader(for: name) else {
                log.error(.notASubmissionFile(expected: SubmissionReader.extensionList), at: SourceLocation(file: displayName))
                return log.entries
            }
            let file = SubmissionReader.File(
                name: name, path: displayName, sourceName: "\(period)/\(name)", period: period, data: data,
                expected: ExpectedSubmissions(departments: profile.departments.map(\.id)))
            let submission = try reader.read(file, registry, catalogue, log)
            var input = CheckInput(submissions: [submission], profile: profile, catalogue: catalogue, period: period, previousFigures: nil)
            input.check(log: log, oneFile: true)
            if let accepted = input.submissions.first, accepted.department.lowercased() != department.lowercased() {
                log.error(.notTheAccountsDepartment(declared: accepted.department, account: department), at: accepted.departmentLocation)
            }
        } catch let error as BaoCaoError {
            log.error(error.message, at: error.location ?? SourceLocation(file: displayName))
        } catch {
            log.error(.technicalDetail("\(error)"), at: SourceLocation(file: displayName))
        }
        return log.entries
    }
}
