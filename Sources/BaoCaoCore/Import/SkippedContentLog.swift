/// Collects what an importer skips and reports it as one warning per kind of content and part.
///
/// A document with forty images gives one warning ("skipped 40 images …, first at line 12"),
/// not forty.
///
///     let skipped = SkippedContentLog(file: "muc2.docx")
///     skipped.skip(.skippedImage("w:drawing"), part: "word/document.xml", line: 12)
///     skipped.flush(into: log)
///
/// A value held to one of the ``ImportLimits`` is reported the same way, through ``limit(_:part:line:)``.
package final class SkippedContentLog {
    private struct Key: Hashable {
        let what: Message
        let part: String
        /// True for a value held to a limit, false for skipped content.
        let isLimit: Bool
    }

    private let file: String
    private var order: [Key] = []
    private var counts: [Key: (count: Int, line: Int?)] = [:]

    /// Creates an empty collector for the input file named `file`.
    package init(file: String) { self.file = file }

    /// Records one skipped piece of content: `what` says what it was, `part` where.
    package func skip(_ what: Message, part: String, line: Int?) {
        record(Key(what: what, part: part, isLimit: false), line: line)
    }

    /// Records a value held to a limit: `what` says which and to what (``Message/listStartHeld(_:limit:)``).
    package func limit(_ what: Message, part: String, line: Int?) {
        record(Key(what: what, part: part, isLimit: true), line: line)
    }

    private func record(_ key: Key, line: Int?) {
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
            let message: Message = key.isLimit
                ? .heldToLimit(key.what, part: key.part, times: count) : .skippedContent(key.what, part: key.part, times: count)
            log.warning(message, at: SourceLocation(file: file, line: line))
        }
        order = []
        counts = [:]
    }
}
