import BaoCaoCore
import Foundation

/// Reads a narrative section a department wrote in Word (`.docx`) or LibreOffice (`.odt`).
///
/// Such a file has no front matter, so its name says what it is: `<department>-<key>.docx`, for
/// example `vp-quy-che-lam-viec.docx` (department `vp`, narrative `quy-che-lam-viec`); the period
/// is the folder's. A name as an e-mail attachment came ("Bao cao thang 6 - SKHDT.docx") is read
/// too: the department is the one id it has as a word, the key the outline's key for that
/// department that the name spells, or its only one. The document is read by the registry's importer (safely: see
/// `docs/importers.md`) and kept as Markdown text, so that its placeholders are filled and its
/// footnotes numbered exactly like a Markdown submission's.
enum DocumentSubmissionReader {
    /// Reads `file` with the importer `registry` has for its extension.
    static func read(_ file: SubmissionReader.File, registry: FormatRegistry, log: DiagnosticLog) throws -> Submission {
        let name = file.name
        let (department, key) = try departmentAndKey(of: file)
        let importer = try registry.importer(named: nil, forPath: name)
        let document = try importer.importReport(from: file.data, source: file.path, log: log)
        let body = Report(preamble: document.preamble, sections: document.sections, footnotes: document.footnotes)
        let location = SourceLocation(file: file.path)
        return Submission(
            department: department, departmentLocation: location, period: file.period, periodLocation: location,
            file: file.path, sourceName: file.sourceName, figures: [],
            narratives: [Narrative(key: key, text: try markdown(body, registry: registry, log: log), format: .markdown, footnotes: [], location: location)])
    }

    /// The department and narrative key `file`'s name says.
    private static func departmentAndKey(of file: SubmissionReader.File) throws -> (department: String, key: String) {
        let fileName = SubmissionFileName(name: file.name)
        let location = SourceLocation(file: file.path)
        let named = fileName.departments(among: file.expected)
        guard named.count == 1, let department = named.first else {
            throw BaoCaoError.badInput(.documentDepartment(named: named, known: file.expected.departments), at: location)
        }
        let stem = fileName.stem
        if stem.lowercased().hasPrefix(department.lowercased() + "-"), stem.count > department.count + 1 {
            return (department, String(stem.dropFirst(department.count + 1)))
        }
        let expected = file.expected.narrativeKeys[department] ?? []
        let spelled = "-" + fileName.words.joined(separator: "-") + "-"
        if let key = expected.first(where: { spelled.contains("-" + SubmissionFileName.folded($0) + "-") }) ?? (expected.count == 1 ? expected.first : nil) {
            return (department, key)
        }
        throw BaoCaoError.badInput(.documentKey(department: department, expected: expected), at: location)
    }

    /// The body as Markdown, written by the registry's Markdown exporter (its front matter dropped).
    private static func markdown(_ body: Report, registry: FormatRegistry, log: DiagnosticLog) throws -> String {
        let exporter = try registry.exporter(.markdown)
        let text = unescapingPlaceholders(String(decoding: try exporter.export(body, options: ExportOptions(), log: log), as: UTF8.self))
        let lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" }) else { return text }
        return lines[(end + 1)...].joined(separator: "\n")
    }

    private static let placeholder = try! NSRegularExpression(pattern: #"\{\{[^{}]*\}\}"#)

    /// The text with Markdown's backslash escapes removed inside `{{…}}` placeholders, which the
    /// department typed as plain text (`{{vp.van_ban_den}}` is written `{{vp.van\_ban\_den}}`).
    private static func unescapingPlaceholders(_ text: String) -> String {
        var out = ""
        var cursor = text.startIndex
        for match in placeholder.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            out += text[cursor..<range.lowerBound]
            var tag = ""
            var escaped = false
            for character in text[range] {
                if character == "\\", !escaped {
                    escaped = true
                    continue
                }
                escaped = false
                tag.append(character)
            }
            out += tag
            cursor = range.upperBound
        }
        return out + text[cursor...]
    }
}
