import BaoCaoCore
import Foundation

/// Writes inlines as CommonMark text: escapes what Markdown would read as markup, styles as
/// `**…**`, `*…*`, `~~…~~` or HTML tags where delimiters would not parse, notes as `[^id]`.
enum MarkdownInlineWriter {
    /// ASCII punctuation that could start markup inside a line.
    private static let escaped: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "&", "~", "|", "!"]

    /// The inlines as one line of Markdown.
    static func render(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += escape(text)
            case .lineBreak: out += "<br>"
            case .footnoteReference(let id): out += "[^\(id)]"
            case .styled(let style, let children): out += styled(style, children)
            }
        }
        return out
    }

    /// A whole paragraph: like ``render(_:)``, with a leading character escaped when the line
    /// would otherwise start a heading, list, quote or code block.
    static func renderParagraph(_ inlines: [Inline]) -> String {
        // Markdown drops white space at the edges of a paragraph; drop it here too, so the text
        // reads back the same.
        let line = render(inlines).trimmingCharacters(in: .whitespaces)
        guard let first = line.first else { return line }
        if "#>-+=".contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first.map({ $0 == " " }) ?? true {
                return digits + "\\" + rest
            }
        }
        return line
    }

    private static func styled(_ style: InlineStyle, _ children: [Inline]) -> String {
        // Spaces at the edges move outside the markers, where delimiters allow them.
        let plain = Inline.plainText(children)
        let leading = String(plain.prefix { $0 == " " })
        let trailing = plain.allSatisfy({ $0 == " " }) ? "" : String(plain.reversed().prefix { $0 == " " })
        let inner = render(trimmedText(children, leading: leading.count, trailing: trailing.count))
        guard !inner.isEmpty else { return leading + trailing }
        let delimiter: String?
        switch style {
        case .bold: delimiter = "**"
        case .italic: delimiter = "*"
        case .strikethrough: delimiter = "~~"
        case .superscript, .subscript, .underline, .highlight: delimiter = nil
        }
        let first = plain.drop { $0 == " " }.first
        let last = plain.reversed().drop { $0 == " " }.first
        if let delimiter, let first, let last, first.isLetter || first.isNumber, last.isLetter || last.isNumber {
            return leading + delimiter + inner + delimiter + trailing
        }
        let tag = MarkdownConventions.htmlTag(style)
        return leading + "<\(tag)>" + inner + "</\(tag)>" + trailing
    }

    /// The inlines without `leading` spaces at the start and `trailing` spaces at the end.
    private static func trimmedText(_ inlines: [Inline], leading: Int, trailing: Int) -> [Inline] {
        var out = inlines
        if leading > 0, case .text(let text)? = out.first { out[0] = .text(String(text.dropFirst(leading))) }
        if trailing > 0, case .text(let text)? = out.last { out[out.count - 1] = .text(String(text.dropLast(trailing))) }
        return out
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r" {
                out.append(" ")
            } else {
                if escaped.contains(character) { out.append("\\") }
                out.append(character)
            }
        }
        return out
    }
}
