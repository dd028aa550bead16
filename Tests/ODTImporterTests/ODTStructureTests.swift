import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTImporter
import Testing

@Suite("ODT importer keeps structure and formatting")
struct ODTStructureTests {
    private func importContent(_ body: String, styles: String = "", log: DiagnosticLog = DiagnosticLog()) throws -> Report {
        try ODTImporter().importReport(from: odtPackage(content: odfContent(body, automaticStyles: styles)), source: "so.odt", log: log)
    }

    private func texts(_ table: Table) -> [[String]] { table.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined() } } }

    // MARK: Corpus documents

    @Test func footnotesAndEndnotes() throws {
        let simple = try corpus.report("pandoc-footnote")
        #expect(simple.preamble == [.paragraph([.text("Some text"), .footnoteReference("ftn0"), .text(" with a footnote.")])])
        #expect(simple.footnotes == [Footnote(id: "ftn0", blocks: [.paragraph([.text("Footnote text")])])])
        let log = DiagnosticLog()
        let both = try corpus.report("odfdo-note", log: log)
        #expect(both.footnotes.count == 2)
        #expect(both.footnotes.first?.blocks.map(\.plainText).joined().hasPrefix("C'est-à-dire l'élément") == true)
        #expect(log.warnings.map(\.message.en) == ["content.xml: skipped a comment (office:annotation)"])
        let recipes = try corpus.report("odfdo-recipes-collection2")
        #expect(recipes.footnotes.count == 49)
    }

    @Test func headingsNumberedByTheOutlineStyleGetTheirNumbers() throws {
        var headings: [String] = []
        try corpus.report("odfdo-md_sample_14_lo").forEachSection { section, _ in headings.append(section.headingText) }
        #expect(headings == [
            "1. Document Title", "1.1. Introduction", "1.2. Features", "1.2.1. Nested List", "1.3. Data Table", "1.4. Conclusion",
        ])
    }

    @Test func headingsBuildTheSectionTree() throws {
        let report = try corpus.report("pandoc-headers")
        #expect(report.sections.map(\.headingText) == ["A header (Lv 1)", "Back to Level 1"])
        #expect(report.sections[0].subsections.map(\.headingText) == ["Another header (Lv 2)"])
        #expect(report.sections[0].blocks == [.paragraph([.text("A paragraph")])])
    }

    @Test func tableSpansAndHeaderRows() throws {
        let spans = try #require(ImportedText.tables(try corpus.report("pandoc-tableWithSpans")).first)
        #expect(spans.headerRowCount == 2)
        #expect(spans.rows[0].cells.map(\.rowSpan) == [2, 1, 1])
        #expect(texts(spans)[1] == ["H2-2/3"])
        #expect(spans.rows[1].cells[0].columnSpan == 2)
        #expect(spans.rows[2].cells[2].rowSpan == 3)
        #expect(spans.columnCount == 3)
        let simple = try #require(ImportedText.tables(try corpus.report("pandoc-simpleTableWithHeader")).first)
        #expect(simple.headerRowCount == 1)
        #expect(texts(simple)[0] == ["A", "B", "C"])
    }

    @Test func nestedListsAndStartValues() throws {
        let mixed = try corpus.report("pandoc-orderedListMixed")
        let lists = ImportedText.lists(mixed)
        #expect(lists.count == 4)
        #expect(lists[0].isOrdered && lists[0].items.count == 5)
        #expect(lists.last?.start == 4)
        #expect(ImportedText.lists(try corpus.report("pandoc-listContinueNumbering")).map(\.start) == [1, 2, 4, 1, 2])
    }

    @Test func characterFormattingFromAutomaticStyles() throws {
        let report = try corpus.report("pandoc-textMixedStyles")
        let text = "\(report.preamble)"
        for style in ["italic", "bold", "underline", "strikethrough", "superscript"] {
            #expect(text.contains(".\(style)"), "missing \(style)")
        }
        #expect(report.preamble[1].plainText.hasPrefix("that is both italic bold underlined and the first two"))
    }

    @Test func everyCorpusDocumentWithTablesKeepsThem() throws {
        #expect(ImportedText.tables(try corpus.report("odfdo-lpod_styles")).count == 2)
        #expect(ImportedText.lists(try corpus.report("odfdo-lpod_styles")).count >= 6)
        #expect(ImportedText.tables(try corpus.report("odfdo-md_sample_14_lo")).count >= 1)
    }

    // MARK: Built documents

    @Test func whiteSpaceFollowsODFRules() throws {
        let report = try importContent("<text:p>  Một   hai\n\tba<text:s text:c=\"3\"/>bốn<text:tab/>năm<text:line-break/>sáu </text:p>")
        #expect(report.preamble == [.paragraph([.text("Một hai ba   bốn\tnăm"), .lineBreak, .text("sáu")])])
    }

    @Test func headingNumbersPageBreaksFieldsAndChanges() throws {
        let styles = """
            <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>\
            <style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>\
            <style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
            """
        let decomposed = "Kết quả".decomposedStringWithCanonicalMapping
        let body = """
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Đã xóa</text:p></text:deletion></text:changed-region></text:tracked-changes>\
            <text:p>Mở đầu</text:p><text:h text:outline-level="1">I. \(decomposed)</text:h>\
            <text:h text:outline-level="2">1. Giáo dục</text:h>\
            <text:p text:style-name="P1">Trang <text:page-number>2</text:page-number>, x<text:span text:style-name="T1">2</text:span><text:change text:change-id="c1"/></text:p>\
            <text:p text:style-name="P2">Toàn đoạn đậm</text:p>
            """
        let report = try importContent(body, styles: styles)
        #expect(report.preamble == [.paragraph([.text("Mở đầu")])])
        #expect(report.sections.map(\.number) == ["I."])
        #expect(report.sections[0].title == [.text("Kết quả")])
        let sub = report.sections[0].subsections[0]
        #expect(sub.number == "1." && sub.title == [.text("Giáo dục")])
        #expect(sub.blocks == [
            .pageBreak, .paragraph([.text("Trang 2, x"), .styled(.superscript, [.text("2")])]),
            .paragraph([.styled(.bold, [.text("Toàn đoạn đậm")])]),
        ])
        #expect(!ImportedText.plainText(report).contains("Đã xóa"))
    }

    @Test func imagesAndUnknownContentAreReported() throws {
        let log = DiagnosticLog()
        let body = "<text:p>Ảnh <draw:frame draw:name=\"a\"/></text:p><draw:frame/><foo:bar xmlns:foo=\"urn:x\"/>"
        let report = try importContent(body, log: log)
        #expect(report.preamble == [.paragraph([.text("Ảnh")])])
        #expect(log.warnings.map(\.message.en) == [
            "content.xml: skipped an image or drawing (draw:frame) (2 times)",
            "content.xml: skipped <bar> from urn:x",
        ])
    }

    @Test func textBoxTextFollowsItsParagraph() throws {
        let log = DiagnosticLog()
        let body = "<text:p>Đầu trang<draw:frame><draw:text-box><text:p>Số: 125/BC-VP</text:p></draw:text-box></draw:frame></text:p>"
        let report = try importContent(body, log: log)
        #expect(report.preamble == [.paragraph([.text("Đầu trang")]), .paragraph([.text("Số: 125/BC-VP")])])
        #expect(log.warnings.map(\.message.en) == ["content.xml: skipped the position of a text box (its text follows the paragraph)"])
    }

    @Test func hugeRepeatsAreBounded() throws {
        let log = DiagnosticLog()
        let body = """
            <table:table><table:table-row table:number-rows-repeated="100000000">\
            <table:table-cell table:number-columns-repeated="100000000"/></table:table-row></table:table>
            """
        let start = Date()
        let report = try importContent(body, log: log)
        #expect(Date().timeIntervalSince(start) < 1)
        let table = try #require(ImportedText.tables(report).first)
        // 1 000 cells a row (the repeat limit), rows until the document's 200 000 cells are used.
        #expect(table.rows.count == ImportLimits.tableCells / 1000 && table.rows[0].cells.count == 1000)
        #expect(log.warnings.count == 2)
        let many = String(repeating: body, count: 20)
        let bounded = try importContent(many)
        #expect(ImportedText.tables(bounded).map { $0.rows.map(\.cells.count).reduce(0, +) }.reduce(0, +) <= ImportLimits.tableCells)
    }
}
