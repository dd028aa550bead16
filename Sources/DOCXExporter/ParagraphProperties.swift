import BaoCaoXML

/// Paragraph formatting (`w:pPr`), written in the schema's element order.
struct ParagraphProperties {
    /// Space before and after in twips, and line spacing.
    struct Spacing: Hashable {
        /// `w:before` in twips.
        var before: Int?
        /// `w:after` in twips.
        var after: Int?
        /// `w:line`: 240 per line with "auto", twips with "exact".
        var line: Int?
        /// "auto" or "exact".
        var lineRule: String?
    }

    /// Indents in twips.
    struct Indent: Hashable {
        /// `w:left` in twips.
        var left: Int?
        /// `w:right` in twips.
        var right: Int?
        /// `w:firstLine` in twips.
        var firstLine: Int?
    }

    /// A paragraph style id.
    var style: String?
    /// Keep with the next paragraph on one page.
    var keepNext = false
    /// Keep the paragraph's lines on one page.
    var keepLines = false
    /// The list instance and level of a list item.
    var numbering: (numID: Int, level: Int)?
    /// A solid bottom border: the rules of page 1.
    var bottomBorder = false
    var spacing: Spacing?
    var indent: Indent?
    /// "left", "center", "right" or "both".
    var alignment: String?
    /// The properties of the paragraph mark.
    var markProperties = RunProperties()
    /// A section that ends with this paragraph.
    var section: SectionProperties?

    /// Properties that only set a style.
    init(style: String? = nil) { self.style = style }

    /// Writes `<w:pPr>` (always, so that output stays uniform).
    func write(to xml: XMLStreamWriter) throws {
        try xml.node("w:pPr") { try writeContent(to: xml) }
    }

    /// Writes the child elements only (for `w:pPr` inside styles and numbering levels).
    func writeContent(to xml: XMLStreamWriter) throws {
        if let style { try xml.value("w:pStyle", style) }
        if keepNext { try xml.node("w:keepNext") }
        if keepLines { try xml.node("w:keepLines") }
        if let numbering {
            try xml.node("w:numPr") {
                try xml.value("w:ilvl", numbering.level)
                try xml.value("w:numId", numbering.numID)
            }
        }
        if bottomBorder {
            try xml.node("w:pBdr") {
                try xml.node("w:bottom", [("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")])
            }
        }
        if let spacing {
            var attributes: [(String, String)] = []
            if let before = spacing.before { attributes.append(("w:before", String(before))) }
            if let after = spacing.after { attributes.append(("w:after", String(after))) }
            if let line = spacing.line { attributes.append(("w:line", String(line))) }
            if let rule = spacing.lineRule { attributes.append(("w:lineRule", rule)) }
            try xml.node("w:spacing", attributes)
        }
        if let indent {
            var attributes: [(String, String)] = []
            if let left = indent.left { attributes.append(("w:left", String(left))) }
            if let right = indent.right { attributes.append(("w:right", String(right))) }
            if let first = indent.firstLine { attributes.append(("w:firstLine", String(first))) }
            try xml.node("w:ind", attributes)
        }
        if let alignment { try xml.value("w:jc", alignment) }
        if !markProperties.isEmpty { try markProperties.write(to: xml) }
        if let section { try section.write(to: xml) }
    }
}
