import BaoCaoCore
import BaoCaoXML

/// Writes `word/document.xml`: page-1 block, preamble, numbered sections, final block, annexes.
struct DocumentPart {
    /// The report to print.
    var report: Report

    /// Writes the part through `body`.
    func write(_ body: BodyWriter) throws {
        let xml = body.xml
        try xml.node("w:document", WordNamespace.rootAttributes) {
            try xml.node("w:body") {
                try FirstPageBlock(report: report).write(body)
                try body.blocks(report.preamble, style: StyleID.bodyText)
                try report.forEachSection { section, depth in
                    try heading(section, depth: depth, body: body)
                    try body.blocks(section.blocks, style: StyleID.bodyText)
                }
                try FinalBlock(report: report).write(body)
                try writeAnnexes(body)
                if body.lastBlockWasTable {
                    // Close on a paragraph, as Word expects, without a line that could spill onto a new page.
                    try body.spacer()
                }
                try SectionProperties(layout: body.layout, restartsNumbering: !report.annexes.isEmpty).write(to: xml)
            }
        }
    }

    /// Writes a heading in the style of its kind; a number without a title ("1." opening a khoản
    /// that has none) is set as regular body text, as Decree 30 sets it.
    private func heading(_ section: Section, depth: Int, body: BodyWriter) throws {
        let kind = HeadingKind.of(section, depth: depth)
        var inlines = section.title
        let number = section.number ?? ""
        if !number.isEmpty {
            inlines.insert(.text(inlines.isEmpty ? number : number + " "), at: 0)
        }
        let untitled = section.title.isEmpty && !number.isEmpty
        var properties = ParagraphProperties(style: untitled ? StyleID.bodyText : StyleID.heading(kind))
        properties.keepNext = untitled
        try body.paragraph(inlines, properties)
    }

    /// Each annex starts a new section whose page numbers restart at 1; the section before it ends
    /// with a 1 pt paragraph that carries its `w:sectPr`.
    private func writeAnnexes(_ body: BodyWriter) throws {
        let layout = body.layout
        for (index, annex) in report.annexes.enumerated() {
            try body.spacer(section: SectionProperties(layout: layout, restartsNumbering: index > 0))
            let title = RunProperties.sized(layout.titleSize, bold: true)
            try body.centredLine(OfficialText.annexHeading(index: index, of: report.annexes.count), run: title)
            try body.centredLine(annex.title.uppercased(), run: title)
            let reference = OfficialText.annexReference(annex, of: report)
            try body.centredLine(reference, run: .sized(layout.bodySize, italic: true))
            try body.rule(OfficialRules.annexReference(reference, layout: layout), after: OfficialSpacing.afterAnnexRule)
            try body.blocks(annex.blocks, style: StyleID.bodyText)
        }
    }
}
