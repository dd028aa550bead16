import BaoCaoCore

/// One top-level piece of a Markdown document, before headings are arranged into sections.
enum MarkdownItem: Equatable {
    /// A heading with its Markdown level (1–6) and source line.
    case heading(level: Int, content: [Inline], line: Int)
    /// A body block and the line where it starts.
    case block(Block, line: Int)
    /// A footnote body with its identifier (GFM `[^id]:` or a legacy `<sup>n</sup>` paragraph).
    case footnote(id: String, blocks: [Block], line: Int)

    var line: Int {
        switch self {
        case .heading(_, _, let line), .block(_, let line), .footnote(_, _, let line): return line
        }
    }
}

extension Array where Element == Inline {
    /// The inlines with adjacent text runs merged and empty text dropped, so that equal content
    /// always has one representation.
    func normalized() -> [Inline] {
        var out: [Inline] = []
        for inline in self {
            switch inline {
            case .text(let text):
                if text.isEmpty { continue }
                if case .text(let previous)? = out.last {
                    out[out.count - 1] = .text(previous + text)
                } else {
                    out.append(inline)
                }
            case .styled(let style, let children):
                let inner = children.normalized()
                if !inner.isEmpty { out.append(.styled(style, inner)) }
            case .lineBreak, .footnoteReference:
                out.append(inline)
            }
        }
        return out
    }

    /// The inlines without leading and trailing white space.
    func trimmed() -> [Inline] {
        var out = self
        while case .text(let text)? = out.first {
            guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { out.removeFirst(); continue }
            out[0] = .text(String(text[start...]))
            break
        }
        while case .text(let text)? = out.last {
            guard let last = text.lastIndex(where: { !$0.isWhitespace }) else { out.removeLast(); continue }
            out[out.count - 1] = .text(String(text[...last]))
            break
        }
        return out
    }
}
