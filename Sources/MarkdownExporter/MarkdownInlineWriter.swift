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
        let line = trimmedBlanks(render(inlines))
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

    /// `text` without white space at either end, as `trimmingCharacters(in: .whitespaces)` gives
    /// it, which is only called when an end has some (it costs more than writing the line).
    private static func trimmedBlanks(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
        else { return text }
        return text.trimmingCharacters(in: .whitespaces)
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

    /// Whether `byte` is one of the characters ``escape(_:)`` changes: the escaped punctuation and line ends.
    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "!"),
            UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            return true
        default:
            return false
        }
    }

    private static func escape(_ text: String) -> String {
        // Most text has none of them: a byte scan instead of a walk over its characters.
        // (In the string's storage when it has one: a tenth of the instructions of `utf8`'s index.)
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isMarkup) }) ?? text.utf8.contains(where: isMarkup)
        else { return text }
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
