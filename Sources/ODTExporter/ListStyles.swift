import BaoCaoCore
import BaoCaoXML

/// Writes the two list styles: dashes ("-", then "+", then "•") and numbers ("1.", then "a)",
/// then "-"), each level's label set on the first line at the body's first-line indent, as
/// Vietnamese reports set their list items.
struct ListStyles {
    /// The number of list levels defined (ODF documents use up to 10).
    static let levels = 10

    /// The hanging indent in cm of footnote text, which sets the note's number apart from its text.
    static let footnoteHang = 0.35

    /// The page and type settings.
    let layout: PageLayout

    /// Writes both styles.
    func write(to xml: XMLStreamWriter) throws {
        try xml.element("text:list-style", ["style:name": StyleName.bulletList, "style:display-name": "Gạch đầu dòng"]) {
            for level in 1...ListStyles.levels {
                try xml.element(
                    "text:list-level-style-bullet",
                    ["text:level": "\(level)", "text:bullet-char": ListStyles.bullet(level: level)]
                ) { try writePosition(level: level, to: xml) }
            }
        }
        try xml.element("text:list-style", ["style:name": StyleName.numberedList, "style:display-name": "Đánh số"]) {
            for level in 1...ListStyles.levels {
                let (format, suffix) = ListStyles.numbering(level: level)
                if let format {
                    try xml.element(
                        "text:list-level-style-number",
                        ["text:level": "\(level)", "style:num-suffix": suffix, "style:num-format": format]
                    ) { try writePosition(level: level, to: xml) }
                } else {
                    try xml.element("text:list-level-style-bullet", ["text:level": "\(level)", "text:bullet-char": suffix]) {
                        try writePosition(level: level, to: xml)
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

    /// Label on the first line at the first-line indent, plus half a centimetre per nesting level;
    /// the following lines run from the left margin, like body paragraphs.
    private func writePosition(level: Int, to xml: XMLStreamWriter) throws {
        try xml.element("style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"]) {
            try xml.element(
                "style:list-level-label-alignment",
                attributeList: [
                    ("text:label-followed-by", "space"),
                    ("fo:text-indent", ODFLength.cm(layout.firstLineIndent + 0.5 * Double(level - 1))),
                    ("fo:margin-left", "0cm"),
                ])
        }
    }
}
