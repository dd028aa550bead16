import BaoCaoCore
import Foundation

/// The folder of one period's submissions, `<inbox>/<YYYY-MM>/`, and the office's settings for it.
public struct Inbox: Sendable {
    /// The name of the office's own file in the period folder: number, date and cut-off of the report.
    public static let settingsFileName = "ky-bao-cao.yaml"

    /// The folder holding one sub-folder per period, as the user named it.
    public var displayPath: String

    /// Creates an inbox at `path` (as the user wrote it).
    public init(path: String) {
        self.displayPath = path
    }

    /// The display path of the folder of `period`.
    public func folder(_ period: ReportingPeriod) -> String {
        (displayPath as NSString).appendingPathComponent(period.description)
    }

    /// True when the folder of `period` exists.
    public func exists(_ period: ReportingPeriod) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder(period), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The submission files of `period`, sorted by name (the settings file and hidden files left out).
    public func submissionFiles(_ period: ReportingPeriod) throws -> [String] {
        let folder = self.folder(period)
        guard exists(period) else {
            throw BaoCaoError.badInput(.noSubmissionsFolder("\(period)"), at: SourceLocation(file: folder))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return names.filter { !$0.hasPrefix(".") && $0 != Self.settingsFileName }.sorted()
    }

    /// Reads every submission of `period` with the ``SubmissionReader`` its extension selects;
    /// files that cannot be read are reported in `log` and skipped, lock and system files noted and
    /// skipped. Word and LibreOffice narratives are read with `registry`'s importers, their department
    /// and key told from their name with `expected`; `catalogue` supplies what figures leave out. A
    /// file whose name names one of `expected`'s departments while it declares another is an error
    /// and left out.
    public func read(
        _ period: ReportingPeriod, catalogue: Catalogue = .empty, log: DiagnosticLog, registry: FormatRegistry,
        expected: ExpectedSubmissions
    ) throws -> [Submission] {
        var submissions: [Submission] = []
        for name in try submissionFiles(period) {
            let path = (folder(period) as NSString).appendingPathComponent(name)
            let fileName = SubmissionFileName(name: name)
            do {
                if fileName.isSystemFile {
                    log.note(.ignoredSystemFile, at: SourceLocation(file: path))
                    continue
                }
                guard let reader = SubmissionReader.reader(for: name) else {
                    log.warning(.notASubmission(expected: SubmissionReader.extensionList), at: SourceLocation(file: path))
                    continue
                }
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw BaoCaoError.badInput(.unreadableFile, at: SourceLocation(file: path))
                }
                submissions.append(try Self.submission(
                    data, name: name, path: path, period: period, reader: reader, catalogue: catalogue, registry: registry,
                    expected: expected, log: log))
            } catch let error as BaoCaoError {
                log.error(error.message, at: error.location ?? SourceLocation(file: path))
            }
        }
        return submissions
    }

    /// Reads one submission file of `period`, the bytes `data` of the file `name` at `path`, with
    /// the ``SubmissionReader`` its extension selects (`catalogue` supplies what figures leave out);
    /// `nil`, with a warning, for a file that is no submission.
    ///
    /// - Throws: ``BaoCaoError`` (bad input) naming `path` and the line.
    public static func submission(
        _ data: Data, name: String, path: String, period: ReportingPeriod, catalogue: Catalogue = .empty, registry: FormatRegistry,
        expected: ExpectedSubmissions, log: DiagnosticLog
    ) throws -> Submission? {
        guard let reader = SubmissionReader.reader(for: name) else {
            log.warning(.notASubmission(expected: SubmissionReader.extensionList), at: SourceLocation(file: path))
            return nil
        }
        return try submission(
            data, name: name, path: path, period: period, reader: reader, catalogue: catalogue, registry: registry,
            expected: expected, log: log)
    }

    /// Reads one file with `reader`; a file whose name names one of `expected`'s departments while
    /// it declares another is refused.
    private static func submission(
        _ data: Data, name: String, path: String, period: ReportingPeriod, reader: SubmissionReader, catalogue: Catalogue,
        registry: FormatRegistry, expected: ExpectedSubmissions, log: DiagnosticLog
    ) throws -> Submission {
        let file = SubmissionReader.File(
            name: name, path: path, sourceName: "\(period)/\(name)", period: period, data: data, expected: expected)
        let submission = try reader.read(file, registry, catalogue, log)
        let named = SubmissionFileName(name: name).departments(among: expected)
        if named.count == 1, named[0].lowercased() != submission.department.lowercased() {
            throw BaoCaoError.badInput(
                .nameAndDeclarationDiffer(named: named[0], declared: submission.department), at: submission.departmentLocation)
        }
        return submission
    }
}
