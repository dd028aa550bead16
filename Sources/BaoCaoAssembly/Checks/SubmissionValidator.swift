import BaoCaoCore
import Foundation

/// Checks one file a department sends, the way `baocao validate` checks a file of the inbox: it must
/// read as a submission, declare the sender's department and the period, and its own figures must
/// add up. Checks across departments (duplicates between files, units against last month) are left
/// to the assembly of the whole period.
public struct SubmissionValidator: Sendable {
    /// The province's profile (its departments).
    public var profile: Profile
    /// The formats Word and LibreOffice narratives are read with.
    public var registry: FormatRegistry

    /// Creates a validator.
    public init(profile: Profile, registry: FormatRegistry) {
        self.profile = profile
        self.registry = registry
    }

    /// What is wrong with `data`, sent by `department` for `period` under `name`; the messages name the
    /// file `displayName`. No error means the file can be part of the period.
    public func check(_ data: Data, name: String, displayName: String, period: ReportingPeriod, department: String) -> [Diagnostic] {
        let log = DiagnosticLog()
        do {
            guard let submission = try Inbox.read(data, name: name, file: displayName, period: period, log: log, registry: registry) else {
                return log.entries.map { Diagnostic(.error, $0.message, at: $0.location) }
            }
            let accepted = SubmissionChecks.accepted([submission], profile: profile, period: period, log: log)
            if let submission = accepted.first {
                if submission.department.lowercased() != department.lowercased() {
                    log.error("tệp ghi đơn vị '\(submission.department)', không phải đơn vị của tài khoản ('\(department)')",
                              at: submission.departmentLocation)
                }
                SubmissionChecks.duplicates([submission], log: log)
                SubmissionChecks.tallies(submission.figures, log: log)
                SubmissionChecks.parts(submission.figures, log: log)
            }
        } catch let error as BaoCaoError {
            log.error(error.message, at: error.location ?? SourceLocation(file: displayName))
        } catch {
            log.error("\(error)", at: SourceLocation(file: displayName))
        }
        return log.entries
    }
}
