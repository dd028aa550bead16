import BaoCaoCore
import BaoCaoXML

/// Writes `content.xml`: the automatic styles the body needs (rules sized to their text, table
/// columns, cells), then page 1's header, the title, the numbered body with its footnotes, the
/// final block and the annexes.
final class ContentWriter {
    /// Where paragraphs are being written, which decides their style.
    enum Context {
        /// The body of the report.
        case body
        /// Inside a footnote.
        case note
        /// Inside a table cell; `heading` for header rows.
        case cell(alignment: CellAlignment?, heading: Bool)
    }

    let xml: XMLStreamWriter
    let report: Report
    let layout: PageLayout
    let log: DiagnosticLog

    /// Footnote numbers by identifier, in order of first reference.
    let footnoteNumbers: [String: Int]
    /// The report's footnotes by identifier.
    let footnotes: [String: Footnote]
    /// Footnotes already written as `text:note` (later references become `text:note-ref`).
    var writtenNotes: Set<String> = []
    /// True while writing a footnote's body, where another note may not start.
    var insideNote = false
    /// True at the start of a paragraph or line, where ODF would drop a plain space.
    var atLineStart = true
    /// Tables written so far, for their unique names.
    var tableCount = 0
    /// Column style names by formatted width.
    let columnStyles: [String: String]
    /// Column widths in the order their styles are declared.
    private let columnWidthsInOrder: [String]

    /// Prepares a writer; the body's tables are measured first, since their column styles come before the body.
    init(xml: XMLStreamWriter, report: Report, layout: PageLayout, log: DiagnosticLog) {
        self.xml = xml
        self.report = report
        self.layout = layout
        self.log = log
        var numbers: [String: Int] = [:]
        for (index, id) in report.footnoteOrder.enumerated() { numbers[id] = index + 1 }
        footnoteNumbers = numbers
        footnotes = report.footnotesByID
        for note in report.footnotes where numbers[note.id] == nil {
            log.warning(.footnoteNeverReferred(note.id), at: SourceLocation(file: "content.xml"))
        }
        var order: [String] = []
        var styles: [String: String] = [:]
        for table in ReportTables.all(in: report) {
            for width in ContentWriter.columnWidths(of: table, textWidth: layout.textWidth) {
                let key = ODFLength.cm(width)
                if styles[key] == nil {
                    order.append(key)
                    styles[key] = "Cot_\(order.count)"
                }
            }
        }
        columnStyles = styles
        columnWidthsInOrder = order
    }

    /// Writes the whole part.
    func write() throws {
        try xml.startElement("office:document-content")
        for namespace in [ODF.Namespace.office, .style, .text, .table, .fo, .svg] {
            try xml.attribute(namespace.declaration.0, namespace.declaration.1)
        }
        try xml.attribute("office:version", ODF.version)
        try FontDeclarations(layout: layout).write(to: xml)
        try xml.element("office:automatic-styles") { try writeAutomaticStyles() }
        try xml.element("office:body") {
            try xml.element("office:text") {
                try writeFrontPage()
                for block in report.preamble { try writeBlock(block, context: .body) }
                try writeSections(report.sections, depth: 1)
                try writeFinalBlock()
                try writeAnnexes()
            }
        }
        try xml.endElement()
    }

    /// Column widths in cm of a body table: its relative widths (or equal ones) scaled to the text width.
    static func columnWidths(of table: Table, textWidth: Double) -> [Double] {
        let count = table.columnCount
        guard count > 0 else { return [] }
        let relative = table.columnWeights(count: count)
        let total = relative.reduce(0, +)
        return relative.map { $0 / total * textWidth }
    }

    private func writeAutomaticStyles() throws {
        let l = layout
        let issuerColumn = l.headerColumns[0]
        var styles: [ODFStyle] = []
        func rule(_ name: String, _ span: RuleSpan) -> ODFStyle {
            ODFStyle(
                name: name, family: "paragraph", parent: StyleName.rule,
                properties: [
                    .paragraph: [
                        ("fo:margin-left", ODFLength.cm(span.sideIndent)), ("fo:margin-right", ODFLength.cm(span.sideIndent)),
                        ("fo:border-bottom", ODFProperties.thinLine),
                    ]
                ])
        }
        styles.append(rule(StyleName.issuerRule, OfficialRules.issuer(report.header.issuingBody ?? "", layout: l, column: issuerColumn)))
        styles.append(rule(StyleName.mottoRule, OfficialRules.motto(layout: l, column: l.headerColumns[1])))
        var subjectRule = rule(StyleName.subjectRule, OfficialRules.subject(report.subject, layout: l))
        subjectRule.properties[.paragraph, default: []].append(("fo:margin-bottom", ODFLength.pt(OfficialSpacing.afterSubjectRule)))
        styles.append(subjectRule)
        for (index, annex) in report.annexes.enumerated() {
            var annexRule = rule(StyleName.annexRule(index), OfficialRules.annexReference(OfficialText.annexReference(annex, of: report), layout: l))
            annexRule.properties[.paragraph, default: []].append(("fo:margin-bottom", ODFLength.pt(OfficialSpacing.afterAnnexRule)))
            styles.append(annexRule)
        }
        styles.append(
            ODFStyle(
                name: StyleName.pageBreak, family: "paragraph", parent: StyleName.standard,
                properties: [.paragraph: [("fo:break-before", "page")]]))
        for (name, alignment) in [(StyleName.cellLeft, "start"), (StyleName.cellCentre, "center"), (StyleName.cellRight, "end")] {
            styles.append(
                ODFStyle(name: name, family: "paragraph", parent: StyleName.tableText, properties: [.paragraph: [("fo:text-align", alignment)]]))
        }
        styles += twoColumnTable(StyleName.headerTable, columns: l.headerColumns, marginTop: 0)
        styles += twoColumnTable(StyleName.finalTable, columns: l.signatureColumns, marginTop: OfficialSpacing.beforeFinalBlock)
        styles.append(
            ODFStyle(
                name: StyleName.bodyTable, family: "table",
                properties: [
                    .table: [
                        ("style:width", ODFLength.cm(l.textWidth)), ("fo:margin-top", ODFLength.pt(l.paragraphSpacing)),
                        ("fo:margin-bottom", "0pt"), ("table:align", "margins"),
                    ]
                ]))
        for width in columnWidthsInOrder {
            styles.append(
                ODFStyle(name: columnStyles[width] ?? width, family: "table-column", properties: [.column: [("style:column-width", width)]]))
        }
        styles.append(
            ODFStyle(
                name: StyleName.plainCell, family: "table-cell",
                properties: [.cell: [("fo:padding", "0cm"), ("fo:border", "none")]]))
        styles.append(
            ODFStyle(
                name: StyleName.borderedCell, family: "table-cell",
                properties: [.cell: [("fo:padding", "0.1cm"), ("fo:border", ODFProperties.thinLine), ("style:vertical-align", "middle")]]))
        styles.append(
            ODFStyle(
                name: StyleName.unbrokenRow, family: "table-row",
                properties: [.row: [("fo:keep-together", "always")]]))
        for style in styles { try style.write(to: xml) }
    }

    /// A borderless two-column table (page 1's header, the final block) centred on the text area.
    private func twoColumnTable(_ name: String, columns: [Double], marginTop: Double) -> [ODFStyle] {
        [
            ODFStyle(
                name: name, family: "table",
                properties: [
                    .table: [
                        ("style:width", ODFLength.cm(columns.reduce(0, +))), ("fo:margin-top", ODFLength.pt(marginTop)),
                        ("fo:margin-bottom", "0pt"), ("table:align", "center"),
                    ]
                ]),
            ODFStyle(name: "\(name).A", family: "table-column", properties: [.column: [("style:column-width", ODFLength.cm(columns[0]))]]),
            ODFStyle(name: "\(name).B", family: "table-column", properties: [.column: [("style:column-width", ODFLength.cm(columns[1]))]]),
        ]
    }
}

/// Finds every table of a report, wherever it sits (body, lists, cells, footnotes, annexes).
enum ReportTables {
    /// The tables in document order, footnotes last.
    static func all(in report: Report) -> [Table] {
        var tables: [Table] = []
        report.forEachBlock(includingFootnotes: true) { block in
            if case .table(let table) = block { tables.append(table) }
        }
        return tables
    }
}
