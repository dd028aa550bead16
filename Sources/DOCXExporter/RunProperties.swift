import BaoCaoCore
import BaoCaoXML

/// Character formatting of a run (`w:rPr`), written in the schema's element order.
struct RunProperties: Hashable {
    /// A character style id.
    var style: String?
    /// `w:b` and `w:bCs`.
    var bold = false
    /// `w:i` and `w:iCs`.
    var italic = false
    /// `w:caps`: shown in upper case, stored as written.
    var caps = false
    /// `w:strike`.
    var strike = false
    /// `w:u` single.
    var underline = false
    /// The size in points; `nil` inherits.
    var size: Double?
    /// "superscript" or "subscript".
    var verticalAlign: String?
    /// `w:highlight` yellow, the highlighter pen.
    var highlight = false

    /// Run properties with a size and weight, the common case of page-1 lines.
    static func sized(_ size: Double, bold: Bool = false, italic: Bool = false) -> RunProperties {
        var properties = RunProperties()
        properties.size = size
        properties.bold = bold
        properties.italic = italic
        return properties
    }

    /// These properties with one inline style added.
    func adding(_ style: InlineStyle) -> RunProperties {
        var copy = self
        switch style {
        case .bold: copy.bold = true
        case .italic: copy.italic = true
        case .underline: copy.underline = true
        case .strikethrough: copy.strike = true
        case .superscript: copy.verticalAlign = "superscript"
        case .subscript: copy.verticalAlign = "subscript"
        case .highlight: copy.highlight = true
        }
        return copy
    }

    /// True when nothing would be written.
    var isEmpty: Bool { self == RunProperties() }

    /// Writes `<w:rPr>` unless empty.
    func write(to xml: XMLStreamWriter) throws {
        guard !isEmpty else { return }
        try xml.node("w:rPr") { try writeContent(to: xml) }
    }

    /// Writes the child elements only (for `w:rPr` inside styles and numbering levels).
    func writeContent(to xml: XMLStreamWriter) throws {
        if let style { try xml.value("w:rStyle", style) }
        if bold {
            try xml.node("w:b")
            try xml.node("w:bCs")
        }
        if italic {
            try xml.node("w:i")
            try xml.node("w:iCs")
        }
        if caps { try xml.node("w:caps") }
        if strike { try xml.node("w:strike") }
        if let size {
            try xml.value("w:sz", WordUnits.halfPoints(size))
            try xml.value("w:szCs", WordUnits.halfPoints(size))
        }
        if highlight { try xml.value("w:highlight", "yellow") }
        if underline { try xml.value("w:u", "single") }
        if let verticalAlign { try xml.value("w:vertAlign", verticalAlign) }
    }
}
