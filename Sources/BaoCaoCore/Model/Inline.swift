/// A run of text inside a paragraph, heading, list item or table cell.
public enum Inline: Hashable, Sendable {
    /// Plain text (NFC).
    case text(String)
    /// Text with one style applied; styles nest.
    case styled(InlineStyle, [Inline])
    /// A line break inside the same paragraph.
    case lineBreak
    /// A reference to the footnote with this identifier.
    case footnoteReference(String)
}

/// The character styles an ``Inline`` can carry.
public enum InlineStyle: String, Hashable, Sendable, Codable, CaseIterable {
    case bold, italic, underline, strikethrough, superscript, `subscript`
    /// Marked for the reader's attention (a highlighter pen): a draft's figures that failed a check.
    case highlight
}

extension Inline {
    /// The text of these inlines with styles dropped, line breaks as spaces and footnote marks removed.
    public static func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += text
            case .styled(_, let children): out += plainText(children)
            case .lineBreak: out += " "
            case .footnoteReference: break
            }
        }
        return out
    }
}

extension Inline: Codable {
    private enum CodingKeys: String, CodingKey { case type, text, style, content, id }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try c.decode(String.self, forKey: .text))
        case "styled":
            self = .styled(try c.decode(InlineStyle.self, forKey: .style), try c.decode([Inline].self, forKey: .content))
        case "lineBreak": self = .lineBreak
        case "footnoteReference": self = .footnoteReference(try c.decode(String.self, forKey: .id))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown inline type \(type)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try c.encode("text", forKey: .type)
            try c.encode(text, forKey: .text)
        case .styled(let style, let content):
            try c.encode("styled", forKey: .type)
            try c.encode(style, forKey: .style)
            try c.encode(content, forKey: .content)
        case .lineBreak:
            try c.encode("lineBreak", forKey: .type)
        case .footnoteReference(let id):
            try c.encode("footnoteReference", forKey: .type)
            try c.encode(id, forKey: .id)
        }
    }
}
