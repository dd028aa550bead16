import BaoCaoCore
import BaoCaoXML

extension BodyWriter {
    /// Writes a borderless table of fixed columns (cm) for page-1 and final-block layout, centred
    /// on the text area even when wider than it (as Mẫu 1.4's header is); each row is a list of
    /// cell writers. Cells have no side margins, so that text lines up with the text area and the
    /// national name fits on one line. Rows never split across pages.
    func layoutTable(columns: [Double], rows: [[() throws -> Void]]) throws {
        let widths = columns.map { WordUnits.twips(cm: $0) }
        let overhang = widths.reduce(0, +) - WordUnits.twips(cm: layout.textWidth)
        try separateFromPreviousTable()
        try xml.node("w:tbl") {
            try xml.node("w:tblPr") {
                try xml.node("w:tblW", [("w:w", String(widths.reduce(0, +))), ("w:type", "dxa")])
                try xml.node("w:tblInd", [("w:w", String(overhang > 0 ? -overhang / 2 : 0)), ("w:type", "dxa")])
                try xml.node("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        try xml.node(side, [("w:val", "nil")])
                    }
                }
                try xml.node("w:tblLayout", [("w:type", "fixed")])
                try xml.node("w:tblCellMar") {
                    try xml.node("w:left", [("w:w", "0"), ("w:type", "dxa")])
                    try xml.node("w:right", [("w:w", "0"), ("w:type", "dxa")])
                }
                try xml.node("w:tblLook", [
                    ("w:firstRow", "0"), ("w:lastRow", "0"), ("w:firstColumn", "0"), ("w:lastColumn", "0"),
                    ("w:noHBand", "1"), ("w:noVBand", "1"),
                ])
            }
            try xml.node("w:tblGrid") {
                for width in widths { try xml.node("w:gridCol", [("w:w", String(width))]) }
            }
            for row in rows {
                try xml.node("w:tr") {
                    try xml.node("w:trPr") { try xml.node("w:cantSplit") }
                    for (index, writeCell) in row.enumerated() {
                        try xml.node("w:tc") {
                            try xml.node("w:tcPr") {
                                try xml.node("w:tcW", [("w:w", String(widths[index])), ("w:type", "dxa")])
                            }
                            try writeCell()
                        }
                    }
                }
            }
        }
        lastBlockWasTable = true
    }

    /// Writes a centred line of text without indent, `before` points below the previous line.
    func centredLine(_ text: String, run: RunProperties, before: Double = 0, keepNext: Bool = true) throws {
        var properties = ParagraphProperties(style: StyleID.centred)
        properties.keepNext = keepNext
        if before > 0 { properties.spacing = .init(before: WordUnits.twips(points: before)) }
        try paragraph(text: text, properties, run: run)
    }

    /// Writes a rule: an empty 1 pt paragraph whose bottom border spans `span`, never underscores.
    func rule(_ span: RuleSpan, after: Double = 0) throws {
        var properties = ParagraphProperties(style: StyleID.centred)
        properties.keepNext = true
        properties.bottomBorder = true
        properties.spacing = .init(before: 0, after: WordUnits.twips(points: after), line: BodyWriter.ruleLineHeight, lineRule: "exact")
        let side = WordUnits.twips(cm: span.sideIndent)
        properties.indent = .init(left: side, right: side, firstLine: 0)
        properties.markProperties.size = 1
        try paragraph([], properties)
    }

    /// Writes an empty paragraph 1 pt high: it holds a place (the start of the document, the end
    /// of a section) without adding a visible line. `section` ends a section there.
    func spacer(section: SectionProperties? = nil) throws {
        var properties = ParagraphProperties(style: StyleID.normal)
        properties.spacing = .init(before: 0, after: 0, line: WordUnits.twips(points: 1), lineRule: "exact")
        properties.markProperties.size = 1
        properties.section = section
        try paragraph([], properties)
    }

    /// The height in twips of a rule's empty line (2 pt), so that the rule sits just under the text.
    static let ruleLineHeight = 40
}
