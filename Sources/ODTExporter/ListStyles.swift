import BaoCaoCore
import BaoCaoXML

/// Writes the list styles: dashes ("-", then "+", then "•") and numbers ("1.", then "a)", then
/// "-"). In the body each level's label sits on the first line at the body's first-line indent,
/// as Vietnamese reports set their list items; the compact pair, for table cells and footnotes,
/// starts at the left edge.
struct ListStyles {
    /// The number of list levels defined (ODF documents use up to 10).
    static let levels = 10

    /// The hanging indent in cm of footnote text, which sets the note's number apart from its text.
    static let footnoteHang = 0.35

    /// The extra indent in cm of each nested level.
    static let levelStep = 0.5

    /// The page and type settings.
    let layout: PageLayout

    /// Writes the four styles.
    func write(to xml: XMLStreamWriter) throws {
        try writeBullets(StyleName.bulletList, "Gạch đầu dòng", firstIndent: layout.firstLineIndent, to: xml)
        try writeNumbers(StyleName.numberedList, "Đánh số", firstIndent: layout.firstLineIndent, to: xml)
        try writeBullets(StyleName.compactBulletList, "Gạch đầu dòng trong bảng", firstIndent: 0, to: xml)
        try writeNumbers(StyleName.compactNumberedList, "Đánh số trong bảng", firstIndent: 0, to: xml)
    }

    private func writeBullets(_ name: String, _ displayName: String, firstIndent: Double, to xml: XMLStreamWriter) throws {
        try xml.element("text:list-style", ["style:name": name, "style:display-name": displayName]) {
            for level in 1...ListStyles.levels {
                try xml.element(
                    "text:list-level-style-bullet",
                    ["text:level": "\(level)", "text:bullet-char": ListStyles.bullet(level: level)]
                ) { try writePosition(level: level, firstIndent: firstIndent, to: xml) }
            }
        }
    }

    private func writeNumbers(_ name: String, _ displayName: String, firstIndent: Double, to xml: XMLStreamWriter) throws {
        try xml.element("text:list-style", ["style:name": name, "style:display-name": displayName]) {
            for level in 1...ListStyles.levels {
                let (format, suffix) = ListStyles.numbering(level: level)
                if let format {
                    try xml.element(
                        "text:list-level-style-number",
                        ["text:level": "\(level)", "style:num-suffix": suffix, "style:num-format": format]
                    ) { try writePosition(level: level, firstIndent: firstIndent, to: xml) }
                } else {
                    try xml.element("text:list-level-style-bullet", ["text:level": "\(level)", "text:bullet-char": suffix]) {
                        try writePosition(level: level, firstIndent: firstIndent, to: xml)
                    }
                }
            }
        }
    }

    /// Writes the outline style: headings carry their number in their text, so the outline adds
    /// no label, and every level starts at the body's first-line indent as body paragraphs do.
    func writeOutlineStyle(to xml: XMLStreamWriter) throws {
        try xml.element("text:outline-style", ["style:name": "Outline"]) {
            for level in 1...ListStyles.levels {
                try xml.element("text:outline-level-style", ["text:level": "\(level)", "style:num-format": ""]) {
                    try xml.element("style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"]) {
                        try xml.element(
                            "style:list-level-label-alignment",
                            attributeList: [
                                ("text:label-followed-by", "nothing"),
                                ("fo:text-indent", ODFLength.cm(layout.firstLineIndent)), ("fo:margin-left", "0cm"),
                            ])
                    }
                }
            }
        }
    }

    /// The dash of each bulleted level.
    static func bullet(level: Int) -> String {
        switch level {
        case 1: return "-"
        case 2: return "+"
        default: return "•"
        }
    }

    /// The number format and suffix of each numbered level; a `nil` format means a dash level.
    static func numbering(level: Int) -> (format: String?, suffix: String) {
        switch level {
        case 1: return ("1", ".")
        case 2: return ("a", ")")
        default: return (nil, "-")
        }
    }

    /// Label on the first line at `firstIndent`, plus ``levelStep`` per nesting level; the
    /// following lines run from the left edge, like body paragraphs.
    private func writePosition(level: Int, firstIndent: Double, to xml: XMLStreamWriter) throws {
        try xml.element("style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"]) {
            try xml.element(
                "style:list-level-label-alignment",
                attributeList: [
                    ("text:label-followed-by", "space"),
                    ("fo:text-indent", ODFLength.cm(firstIndent + ListStyles.levelStep * Double(level - 1))),
                    ("fo:margin-left", "0cm"),
                ])
        }
    }
}
