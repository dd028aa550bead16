import BaoCaoCore
import BaoCaoXML

/// Writes `word/styles.xml`: Times New Roman in all four slots, vi-VN, body and heading styles.
struct StylesPart {
    /// The layout whose sizes and spacing the styles take.
    var layout: PageLayout

    /// Writes the part.
    func write(_ xml: XMLStreamWriter) throws {
        try xml.node("w:styles", WordNamespace.rootAttributes) {
            try writeDefaults(xml)
            try paragraphStyle(xml, StyleID.normal, name: "Normal", basedOn: nil, isDefault: true, paragraph: ParagraphProperties())
            try paragraphStyle(xml, StyleID.bodyText, name: "Body Text", basedOn: StyleID.normal, paragraph: bodyParagraph)
            for kind in HeadingKind.allCases {
                var paragraph = bodyParagraph
                paragraph.keepNext = true
                paragraph.keepLines = true
                var run = RunProperties()
                run.bold = kind.isBold
                run.italic = kind.isItalic
                run.caps = kind.isUpperCase
                try paragraphStyle(
                    xml, StyleID.heading(kind), name: "heading \(kind.rawValue)", basedOn: StyleID.bodyText,
                    next: StyleID.bodyText, outlineLevel: kind.rawValue - 1, paragraph: paragraph, run: run)
            }
            var centred = ParagraphProperties()
            centred.alignment = "center"
            try paragraphStyle(xml, StyleID.centred, name: "Dòng căn giữa", basedOn: StyleID.normal, paragraph: centred)
            var cell = ParagraphProperties()
            cell.spacing = .init(before: 40, after: 40)
            try paragraphStyle(
                xml, StyleID.tableText, name: "Nội dung bảng", basedOn: StyleID.normal, paragraph: cell,
                run: .sized(layout.tableTextSize))
            var note = ParagraphProperties()
            note.alignment = "both"
            try paragraphStyle(
                xml, StyleID.footnoteText, name: "footnote text", basedOn: StyleID.normal, paragraph: note,
                run: .sized(layout.footnoteSize))
            var header = ParagraphProperties()
            header.alignment = "center"
            try paragraphStyle(
                xml, StyleID.header, name: "header", basedOn: StyleID.normal, paragraph: header, run: .sized(layout.pageNumberSize))
            try writeFootnoteReferenceStyle(xml)
            try writeTableStyles(xml)
        }
    }

    /// Body paragraphs: justified, first-line indent, space before, the layout's line spacing.
    private var bodyParagraph: ParagraphProperties {
        var paragraph = ParagraphProperties()
        paragraph.spacing = .init(
            before: WordUnits.twips(points: layout.paragraphSpacing), after: 0,
            line: WordUnits.autoLine(layout.lineSpacing), lineRule: "auto")
        paragraph.indent = .init(firstLine: WordUnits.twips(cm: layout.firstLineIndent))
        paragraph.alignment = "both"
        return paragraph
    }

    private func writeDefaults(_ xml: XMLStreamWriter) throws {
        try xml.node("w:docDefaults") {
            try xml.node("w:rPrDefault") {
                try xml.node("w:rPr") {
                    let font = layout.fontName
                    try xml.node("w:rFonts", [("w:ascii", font), ("w:hAnsi", font), ("w:eastAsia", font), ("w:cs", font)])
                    try xml.value("w:sz", WordUnits.halfPoints(layout.bodySize))
                    try xml.value("w:szCs", WordUnits.halfPoints(layout.bodySize))
                    try xml.node("w:lang", [("w:val", "vi-VN"), ("w:eastAsia", "vi-VN"), ("w:bidi", "ar-SA")])
                }
            }
            try xml.node("w:pPrDefault") {
                try xml.node("w:pPr") {
                    try xml.node("w:spacing", [("w:before", "0"), ("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
                }
            }
        }
    }

    private func paragraphStyle(
        _ xml: XMLStreamWriter, _ id: String, name: String, basedOn: String?, next: String? = nil, isDefault: Bool = false,
        outlineLevel: Int? = nil, paragraph: ParagraphProperties, run: RunProperties = RunProperties()
    ) throws {
        var attributes = [("w:type", "paragraph")]
        if isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", id))
        try xml.node("w:style", attributes) {
            try xml.value("w:name", name)
            if let basedOn { try xml.value("w:basedOn", basedOn) }
            if let next { try xml.value("w:next", next) }
            try xml.node("w:qFormat")
            try xml.node("w:pPr") {
                try paragraph.writeContent(to: xml)
                if let outlineLevel { try xml.value("w:outlineLvl", outlineLevel) }
            }
            if !run.isEmpty { try run.write(to: xml) }
        }
    }

    private func writeFootnoteReferenceStyle(_ xml: XMLStreamWriter) throws {
        try xml.node("w:style", [("w:type", "character"), ("w:styleId", StyleID.footnoteReference)]) {
            try xml.value("w:name", "footnote reference")
            try xml.node("w:rPr") { try xml.value("w:vertAlign", "superscript") }
        }
    }

    private func writeTableStyles(_ xml: XMLStreamWriter) throws {
        try xml.node("w:style", [("w:type", "table"), ("w:default", "1"), ("w:styleId", StyleID.tableNormal)]) {
            try xml.value("w:name", "Normal Table")
            try xml.node("w:semiHidden")
            try xml.node("w:tblPr") {
                try xml.node("w:tblInd", [("w:w", "0"), ("w:type", "dxa")])
                try writeCellMargins(xml)
            }
        }
        try xml.node("w:style", [("w:type", "table"), ("w:styleId", StyleID.tableGrid)]) {
            try xml.value("w:name", "Table Grid")
            try xml.value("w:basedOn", StyleID.tableNormal)
            try xml.node("w:tblPr") {
                try xml.node("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        try xml.node(side, [("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")])
                    }
                }
            }
        }
    }

    /// Cell margins of body tables: 0.1 cm on the sides.
    private func writeCellMargins(_ xml: XMLStreamWriter) throws {
        try xml.node("w:tblCellMar") {
            try xml.node("w:top", [("w:w", "0"), ("w:type", "dxa")])
            try xml.node("w:left", [("w:w", String(WordUnits.twips(cm: StylesPart.cellSideMargin))), ("w:type", "dxa")])
            try xml.node("w:bottom", [("w:w", "0"), ("w:type", "dxa")])
            try xml.node("w:right", [("w:w", String(WordUnits.twips(cm: StylesPart.cellSideMargin))), ("w:type", "dxa")])
        }
    }

    /// The left and right cell margin of body tables in cm.
    private static let cellSideMargin = 0.1
}
