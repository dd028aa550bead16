import BaoCaoCore
import Foundation

/// Reads a department's YAML submission: `department`, `period`, `figures`, `narrative`, `footnotes`.
///
/// See `docs/submissions.md` for the layout and an example.
enum YAMLSubmissionReader {
    /// The top-level keys a YAML submission may have.
    static let knownKeys = ["department", "period", "figures", "narrative", "footnotes"]

    /// Parses `text`, the content of `file`; figure problems go to `log`, structural ones are thrown.
    static func read(_ text: String, file: String, sourceName: String, catalogue: Catalogue = .empty, log: DiagnosticLog) throws -> Submission {
        let root = try YAMLNode.parse(text, file: file)
        var submission = try SubmissionHeader.read(root, file: file, sourceName: sourceName)
        for (key, keyNode, _) in try root.pairs() where !knownKeys.contains(key) {
            log.warning(.unknownKeyIgnored(key, expected: knownKeys), at: keyNode.location)
        }
        let builder = FigureBuilder(department: submission.department, sourceName: sourceName, catalogue: catalogue)
        if let figures = root["figures"] {
            for (id, keyNode, value) in try figures.pairs() {
                var fields: [String: FigureBuilder.Field] = [:]
                if value.node.scalar != nil {
                    // A bare number is a count, unless the catalogue says what it is.
                    if catalogue.entry(submission.department, id) == nil {
                        fields["kind"] = .init(text: FigureKind.count.rawValue, location: value.location)
                    }
                    fields["value"] = .init(text: try value.string(), location: value.location)
                } else {
                    for (name, _, field) in try value.pairs() {
                        fields[name] = .init(text: try field.string(), location: field.location)
                    }
                }
                if let figure = builder.figure(id: id, at: keyNode.location, fields: fields, log: log) {
                    submission.figures.append(figure)
                } else {
                    submission.unreadableFigures.append(id)
                }
            }
        }
        var notes: [Narrative.Note] = []
        if let footnotes = root["footnotes"] {
            notes = try footnotes.pairs().map { Narrative.Note(id: $0.key, text: try $0.value.string()) }
        }
        if let narrative = root["narrative"] {
            for (key, _, value) in try narrative.pairs() {
                let text = try value.string()
                let used = notes.filter { text.contains("[^\($0.id)]") }
                submission.narratives.append(
                    Narrative(key: key, text: text, format: .text, footnotes: used, location: value.location))
            }
        }
        return submission
    }
}

/// The `department` and `period` every YAML submission and Markdown front matter starts with.
enum SubmissionHeader {
    /// Reads the two keys from `root` and returns an empty submission carrying them.
    static func read(_ root: YAMLNode, file: String, sourceName: String) throws -> Submission {
        let departmentNode = try root.required("department")
        let periodNode = try root.required("period")
        guard let period = ReportingPeriod(try periodNode.string()) else {
            throw periodNode.error(.periodNotAMonth(nil))
        }
        return Submission(
            department: try departmentNode.string(), departmentLocation: departmentNode.location,
            period: period, periodLocation: periodNode.location, file: file, sourceName: sourceName,
            figures: [], narratives: [])
    }
}
