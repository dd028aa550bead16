import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import Foundation

/// The submission readers under fuzzing: the bytes as one file of the May 2023 inbox.
public enum SubmissionChecks {
    private static let period = ReportingPeriod(year: 2023, month: 5)
    /// The departments of the sample month (`Config/samples/2023-05`), so that file names are
    /// matched against declared departments as in a real inbox.
    private static let expected = ExpectedSubmissions(
        departments: ["sct", "sgddt", "sgtvt", "skhdt", "sldtbxh", "snn", "svhttdl", "syt", "vp"])

    /// Reads `data` as the submission file `name` (its extension picks the reader).
    public static func read(_ data: Data, name: String) {
        let log = DiagnosticLog()
        _ = try? Inbox.submission(data, name: name, path: "fuzz/\(name)", period: period, registry: .builtIn,
                                     expected: expected, log: log)
    }
}
