import BaoCaoCore
import Foundation

/// Reads a narrative section written in Markdown, with a YAML front matter naming it:
///
///     ---
///     department: vp
///     period: 2023-05
///     key: quy-che-lam-viec
///     ---
///     Thực hiện tốt quy chế làm việc …[^1]
///
///     [^1]: Chi tiết tại Biểu thống kê kèm theo
///
/// The body is kept as text: its placeholders are filled first, then the registry's Markdown
/// importer reads it (paragraphs, lists, emphasis, footnotes).
enum MarkdownSubmissionReader {
    /// Parses `text`, the content of `file`.
    static func read(_ text: String, file: String, sourceName: String) throws -> Submission {
        let lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" })
        else {
            throw BaoCaoError.badInput(.markdownNeedsFrontMatter,
                                       at: SourceLocation(file: file, line: 1))
        }
        let frontMatter = String(repeating: "\n", count: 1) + lines[1..<end].joined(separator: "\n")
        let root = try YAMLNode.parse(frontMatter, file: file)
        var submission = try SubmissionHeader.read(root, file: file, sourceName: sourceName)
        let key = try root.requiredString("key")
        let body = lines[(end + 1)...].joined(separator: "\n")
        submission.narratives = [
            Narrative(key: key, text: body, format: .markdown, footnotes: [],
                      location: SourceLocation(file: file, line: end + 2))
        ]
        return submission
    }
}
