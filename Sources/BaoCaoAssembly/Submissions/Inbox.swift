import BaoCaoCore
import BaoCaoFormats
import Foundation

/// The folder of one period's submissions, `<inbox>/<YYYY-MM>/`, and the office's settings for it.
public struct Inbox: Sendable {
    /// The name of the office's own file in the period folder: number, date and cut-off of the report.
    public static let settingsFileName = "ky-bao-cao.yaml"

    /// The folder holding one sub-folder per period.
    public var root: URL
    /// The folder as the user named it, for messages.
    public var displayPath: String

    /// Creates an inbox at `path` (as the user wrote it).
    public init(path: String) {
        self.root = URL(fileURLWithPath: path)
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

    /// Reads every submission of `period`; files that cannot be read are reported in `log` and skipped.
    /// Word and LibreOffice narratives are read with `registry`'s importers.
    public func read(_ period: ReportingPeriod, log: DiagnosticLog, registry: FormatRegistry = .builtIn) throws -> [Submission] {
        var submissions: [Submission] = []
        for name in try submissionFiles(period) {
            let path = (folder(period) as NSString).appendingPathComponent(name)
            let sourceName = "\(period)/\(name)"
            do {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw BaoCaoError.badInput(.unreadableFile, at: SourceLocation(file: path))
                }
                let fileExtension = (name as NSString).pathExtension.lowercased()
                if DocumentSubmissionReader.extensions.contains(fileExtension) {
                    submissions.append(try DocumentSubmissionReader.read(
                        data, name: name, file: path, sourceName: sourceName, period: period, registry: registry, log: log))
                    continue
                }
                let text = try TextDecoding.utf8(data, source: path)
                switch fileExtension {
                case "yaml", "yml":
                    submissions.append(try YAMLSubmissionReader.read(text, file: path, sourceName: sourceName, log: log))
                case "csv":
                    submissions.append(try CSVSubmissionReader.read(text, file: path, sourceName: sourceName, log: log))
                case "md", "markdown":
                    submissions.append(try MarkdownSubmissionReader.read(text, file: path, sourceName: sourceName))
                default:
                    log.warning(.notASubmission, at: SourceLocation(file: path))
                }
            } catch let error as BaoCaoError {
                log.error(error.message, at: error.location ?? SourceLocation(file: path))
            }
        }
        return submissions
    }
}
