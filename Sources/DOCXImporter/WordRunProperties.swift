import BaoCaoCore
import BaoCaoXML

extension InlineStyleSettings {
    /// Reads a WordprocessingML `w:rPr` element (bold, italic, underline, strike, vertical alignment).
    init(wordRunProperties properties: XMLElementNode?) {
        self.init()
        guard let properties else { return }
        let w = WordNamespace.w
        for (local, style) in [("b", InlineStyle.bold), ("i", .italic), ("strike", .strikethrough), ("dstrike", .strikethrough)] {
            if let element = properties.child(w, local) { set(style, WordToggle.isOn(element)) }
        }
        if let underline = properties.child(w, "u") {
            set(.underline, (underline.attribute(w, "val") ?? "single") != "none")
        }
        if let position = properties.child(w, "vertAlign")?.attribute(w, "val") {
            set(.superscript, position == "superscript")
            set(.subscript, position == "subscript")
        }
    }
}

/// WordprocessingML on/off properties.
enum WordToggle {
    /// Whether a toggle property such as `<w:b/>` or `<w:b w:val="0"/>` is on.
    static func isOn(_ element: XMLElementNode) -> Bool {
        switch element.attribute(WordNamespace.w, "val") {
        case "0", "false", "off", "none": return false
        default: return true
        }
    }
}
