import BaoCaoCore

/// The bounds a Markdown text is held to before cmark-gfm parses it and before its tree is read,
/// so that no input makes the parser or the (recursive) tree reader run away. See ``ImportLimits``.
enum MarkdownInputLimits {
    /// The longest line, in UTF-8 bytes (a page of text is about 3 000).
    static let lineLength = 100_000

    /// Refuses the first line longer than ``lineLength`` or with more cell separators than a
    /// table of ``ImportLimits/tableColumns`` columns has: cmark-gfm's table extension takes time
    /// quadratic in a row's width.
    static func checkLines(_ body: String, source: String, lineOffset: Int) throws {
        var line = 1
        var length = 0
        var pipes = 0
        for byte in body.utf8 {
            if byte == 0x0A {
                line += 1
                length = 0
                pipes = 0
                continue
            }
            length += 1
            if byte == UInt8(ascii: "|") { pipes += 1 }
            let location = SourceLocation(file: source, line: line + lineOffset)
            if length > lineLength {
                throw BaoCaoError.badInput(.lineTooLong(MarkdownInputLimits.lineLength), at: location)
            }
            if pipes > ImportLimits.tableColumns + 1 {
                throw BaoCaoError.badInput(.tooManyPipes(ImportLimits.tableColumns), at: location)
            }
        }
    }

    /// Refuses a document nested deeper than ``ImportLimits/markdownNesting``, naming the line.
    static func checkNesting(_ document: CmarkDocument, source: String, lineOffset: Int) throws {
        guard let node = document.firstNode(deeperThan: ImportLimits.markdownNesting) else { return }
        throw BaoCaoError.badInput(.markdownNesting, at: SourceLocation(file: source, line: node.line + lineOffset))
    }
}
