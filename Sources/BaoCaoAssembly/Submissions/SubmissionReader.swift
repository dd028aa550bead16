import BaoCaoCore
import Foundation

/// One kind of submission file: the extensions that select it and how it is read. The inbox asks
/// ``all`` in order; a new kind of submission is one more value there.
struct SubmissionReader: Sendable {
    /// One submission file as the inbox found it.
    struct File {
        /// The file name in the period's folder, `vp-quy-che-lam-viec.docx`.
        var name: String
        /// The path as the user would write it, for messages.
        var path: String
        /// `<period>/<name>`, recorded with each figure.
        var sourceName: String
        /// The period whose folder holds the file.
        var period: ReportingPeriod
        /// The file's bytes.
        var data: Data
        /// The departments and narrative keys the office expects.
        var expected: ExpectedSubmissions

        /// The bytes as NFC text, in whichever encoding they are (a note in `log` says which, when
        /// not UTF-8); bytes no encoding reads are an error naming the file and line.
        func text(_ log: DiagnosticLog) throws -> String { try TextDecoding.text(data, source: path, log: log) }
    }

    /// File extensions without the dot, lower case.
    var extensions: [String]
    /// Reads one file; `registry` has the importers of document formats, the catalogue what figures leave out.
    var read: @Sendable (File, FormatRegistry, Catalogue, DiagnosticLog) throws -> Submission

    /// Every kind of submission, in the order the inbox tries them.
    static let all: [SubmissionReader] = [
        SubmissionReader(extensions: ["yaml", "yml"]) { file, _, catalogue, log in
            try YAMLSubmissionReader.read(file.text(log), file: file.path, sourceName: file.sourceName, catalogue: catalogue, log: log)
        },
        SubmissionReader(extensions: ["csv", "txt"]) { file, _, catalogue, log in
            try CSVSubmissionReader.read(file.text(log), file: file.path, sourceName: file.sourceName, catalogue: catalogue, log: log)
        },
        SubmissionReader(extensions: ["xlsx"]) { file, _, catalogue, log in
            try XLSXSubmissionReader.read(file, catalogue: catalogue, log: log)
        },
        SubmissionReader(extensions: ["md", "markdown"]) { file, _, _, log in
            try MarkdownSubmissionReader.read(file.text(log), file: file.path, sourceName: file.sourceName)
        },
        SubmissionReader(extensions: ["docx", "odt"]) { file, registry, _, log in
            try DocumentSubmissionReader.read(file, registry: registry, log: log)
        },
    ]

    /// The reader for a file name's extension, if any.
    static func reader(for name: String) -> SubmissionReader? {
        let fileExtension = (name as NSString).pathExtension.lowercased()
        return all.first { $0.extensions.contains(fileExtension) }
    }

    /// The extensions a submission may have, as a warning lists them: ".yaml, .yml, …, .odt".
    static var extensionList: String {
        Message.list(all.flatMap(\.extensions).map { "." + $0 })
    }
}
