/// Collects what an importer skips and reports it as one warning per kind of content and part.
///
/// A document with forty images gives one warning ("skipped 40 images …, first at line 12"),
/// not forty.
///
///     let skipped = SkippedContentLog(file: "muc2.docx")
///     skipped.skip(.skippedImage("w:drawing"), part: "word/document.xml", line: 12)
///     skipped.flush(into: log)
package final class SkippedContentLog {
    private struct Key: Hashable {
        let what: Message
        let part: String
    }

    private let file: String
    private var order: [Key] = []
    private var counts: [Key: (count: Int, line: Int?)] = [:]

    /// Creates an empty collector for the input file named `file`.
    package init(file: String) { self.file = file }

    /// Records one skipped piece of content: `what` says what it was, `part` where.
    package func skip(_ what: Message, part: String, line: Int?) {
        let key = Key(what: what, part: part)
        if let seen = counts[key] {
            counts[key] = (seen.count + 1, seen.line)
        } else {
            order.append(key)
            counts[key] = (1, line)
        }
    }

    /// Writes one warning per kind and part, in the order first seen, then forgets them.
    package func flush(into log: DiagnosticLog) {
        for key in order {
            guard let (count, line) = counts[key] else { continue }
            log.warning(.skippedContent(key.what, part: key.part, times: count), at: SourceLocation(file: file, line: line))
        }
        order = []
        counts = [:]
    }
}
