import BaoCaoCore
import BaoCaoXML

/// Character formatting set on a run, a character style or a paragraph style: each style is on,
/// off, or left to the level below.
struct WordRunFormat {
    private var values: [InlineStyle: Bool] = [:]

    /// No formatting set.
    init() {}

    /// Reads a `w:rPr` element.
    init(_ properties: XMLElementNode?) {
        guard let properties else { return }
        let w = WordNamespace.w
        for (local, style) in [("b", InlineStyle.bold), ("i", .italic), ("strike", .strikethrough), ("dstrike", .strikethrough)] {
            if let element = properties.child(w, local) { values[style] = Self.isOn(element) }
        }
        if let underline = properties.child(w, "u") {
            values[.underline] = (underline.attribute(w, "val") ?? "single") != "none"
        }
        if let position = properties.child(w, "vertAlign")?.attribute(w, "val") {
            values[.superscript] = position == "superscript"
            values[.subscript] = position == "subscript"
        }
    }

    /// Whether a toggle property such as `<w:b/>` or `<w:b w:val="0"/>` is on.
    static func isOn(_ element: XMLElementNode) -> Bool {
        switch element.attribute(WordNamespace.w, "val") {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }

    /// This formatting with `other`'s settings taking precedence.
    func overridden(by other: WordRunFormat) -> WordRunFormat {
        var merged = self
        merged.values.merge(other.values) { _, new in new }
        return merged
    }

    /// The styles that are on.
    var styles: Set<InlineStyle> { Set(values.filter(\.value).keys) }
}
