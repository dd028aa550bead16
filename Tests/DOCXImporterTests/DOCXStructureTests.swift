import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import Testing

@Suite("DOCX importer keeps structure and formatting")
struct DOCXStructureTests {
    private func importDocument(_ body: String, extra: [TestZip.Entry] = [], log: DiagnosticLog = DiagnosticLog()) throws -> Report {
        try DOCXImporter().importReport(from: docxPackage(document: wordDocument(body), extra: extra), source: "muc.docx", log: log)
    }

    private func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    // MARK: Corpus documents

    @Test func footnotesAndEndnotesBecomeReferencedNotes() throws {
        let report = try corpus.report("pandoc-notes")
        #expect(report.sections.map(\.headingText) == ["A footnote"])
        #expect(report.sections[0].blocks == [
            .paragraph([.text("Test footnote."), .footnoteReference("fn1"), .text(" Test endnote."), .footnoteReference("en1")])
        ])
        #expect(report.footnotes == [
            Footnote(id: "fn1", blocks: [.paragraph([.text("My note.")])]),
            Footnote(id: "en1", blocks: [.paragraph([.text("This is an endnote at the end of the document.")])]),
        ])
    }

    @Test func notesInContentControlsAndWithLinksKeepTheirText() throws {
        let mammoth = try corpus.report("mammoth-footnotes")
        #expect(mammoth.footnotes.map { $0.blocks.map(\.plainText).joined() } == ["A tachyon walks into a bar.", "Fin."])
        let sdt = try corpus.report("pandoc-sdt_in_footnote")
        #expect(sdt.footnotes.count == 1)
        #expect(sdt.footnotes[0].blocks.map(\.plainText).joined().hasPrefix("Vgl. Bitzios u. a.: Dissonance in the food traceability"))
        let log = DiagnosticLog()
        let link = try corpus.report("pandoc-link_in_notes", log: log)
        #expect(link.footnotes.count == 1)
        #expect(log.warnings.contains { $0.message.en == "word/footnotes.xml: skipped the address of a hyperlink (its text is kept)" })
    }

    @Test func mergedCellsBecomeSpans() throws {
        let report = try corpus.report("pandoc-table_header_rowspan")
        let table = try #require(ImportedText.tables(report).first)
        #expect(table.rows[0].cells.map(\.rowSpan) == [2, 2, 2, 2, 1, 2])
        #expect(table.rows[0].cells.map(\.columnSpan) == [1, 1, 1, 1, 3, 1])
        #expect(table.rows[1].cells.map { $0.blocks.map(\.plainText).joined() } == ["G", "H", "I"])
        #expect(table.columnCount == 8)
    }

    @Test func verticalAndHorizontalMergesFromPythonDocx() throws {
        let tables = ImportedText.tables(try corpus.report("python-docx-tbl-cell-access"))
        #expect(tables.count == 4)
        func texts(_ table: Table) -> [[String]] { table.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined() } } }
        #expect(texts(tables[1]) == [["1", "2", "3"], ["4", "6"], ["7", "8", "9"]])
        #expect(tables[1].rows[1].cells[0].columnSpan == 2)
        #expect(texts(tables[2]) == [["1", "2", "3"], ["4", "5", "6"], ["7", "9"]])
        #expect(tables[2].rows[1].cells[1].rowSpan == 2)
        #expect(tables[3].rows[1].cells[0].columnSpan == 2 && tables[3].rows[1].cells[0].rowSpan == 2)
        #expect(tables.allSatisfy { $0.columnCount == 3 })
    }

    @Test func tablesWithHeadersAndListsInCells() throws {
        #expect(ImportedText.tables(try corpus.report("pandoc-tables")).map(\.headerRowCount) == [1, 0, 0])
        let report = try corpus.report("pandoc-table_with_list_cell")
        let table = try #require(ImportedText.tables(report).first)
        #expect(table.headerRowCount == 1)
        let lists = ImportedText.lists(report)
        #expect(lists.map(\.isOrdered) == [false, true])
        #expect(lists.map(\.items.count) == [3, 3])
    }

    @Test func nestedListsFollowTheirLevels() throws {
        let report = try corpus.report("pandoc-lists")
        let blocks = report.sections[0].blocks
        guard case .list(let numbered) = blocks[0], case .list(let bullets) = blocks[1] else {
            Issue.record("expected two lists first, got \(blocks)")
            return
        }
        #expect(numbered.isOrdered && numbered.items.count == 2)
        #expect(numbered.items[1] == [.paragraph([.text("two")]), .list(ListBlock(isOrdered: true, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))])
        #expect(!bullets.isOrdered)
        #expect(ImportedText.lists(report).count == 6)
    }

    @Test func numberingContinuesAcrossAnInterruption() throws {
        let lists = ImportedText.lists(try corpus.report("pandoc-lists_continuing"))
        #expect(lists.map(\.start) == [1, 4])
        #expect(lists.map(\.items.count) == [3, 1])
    }

    @Test func headingLevelsBuildTheSectionTree() throws {
        let report = try corpus.report("pandoc-headers")
        var levels: [Int] = []
        report.forEachSection { _, depth in levels.append(depth) }
        #expect(levels == [1, 2, 3, 4, 5, 6])
    }

    @Test func directFormattingAndCharacterStyles() throws {
        let report = try corpus.report("pandoc-inline_formatting")
        let first = report.preamble[0]
        #expect(first == .paragraph([
            .text("Regular text "), .styled(.italic, [.text("italics")]), .text(" "),
            .styled(.bold, [.text("bold "), .styled(.italic, [.text("bold italics")])]), .text("."),
        ]))
        #expect(report.preamble.contains(.paragraph([.text("A line"), .lineBreak, .text("break.")])))
        let styled = try corpus.report("python-docx-txt-font-props")
        let text = "\(styled)"
        #expect(text.contains("superscript") && text.contains("subscript"))
        let subsuper = "\(try corpus.report("pandoc-verbatim_subsuper"))"
        #expect(subsuper.occurrences(of: ".superscript") == 4)
        #expect(subsuper.occurrences(of: ".subscript") == 4)
    }

    @Test func trackedChangesAcceptedImagesReported() throws {
        let log = DiagnosticLog()
        let report = try corpus.report("docx4j-sample-docx", log: log)
        let text = ImportedText.plainText(report)
        #expect(text.contains("Here is some change tracking. An insertion Followed by."))
        #expect(!text.contains("A deletion"))
        #expect(log.warnings.map { $0.text(in: .en) }.contains("docx4j-sample-docx.docx:2: warning: word/document.xml: skipped an image or drawing (w:drawing) (3 times)"))
        #expect(ImportedText.allBlocks(report).contains(.pageBreak))
    }

    @Test func strictDocumentsAreRead() throws {
        let report = try corpus.report("mammoth-strict-format")
        #expect(report.preamble == [.paragraph([.text("Test")])])
    }

    // MARK: Built documents

    @Test func headingNumbersSplitAndPreambleKept() throws {
        let styles = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Muc2"><w:name w:val="Mục 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
            <w:style w:type="character" w:styleId="Nhan"><w:name w:val="Nhấn"/><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style>\
            </w:styles>
            """
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        let decomposed = "Kết quả".decomposedStringWithCanonicalMapping
        let body = paragraph("Mở đầu của phòng.") + paragraph("I. \(decomposed) đạt được", style: "Heading1")
            + paragraph("1. Giáo dục", style: "Muc2")
            + "<w:p><w:r><w:rPr><w:rStyle w:val=\"Nhan\"/></w:rPr><w:t>Tỷ lệ</w:t></w:r><w:r><w:t xml:space=\"preserve\"> 98%</w:t></w:r></w:p>"
            + paragraph("II. Phương hướng", style: "Heading1")
        let report = try importDocument(body, extra: [.init("word/styles.xml", text: styles), .init("word/_rels/document.xml.rels", text: rels)])
        #expect(report.preamble == [.paragraph([.text("Mở đầu của phòng.")])])
        #expect(report.sections.map(\.number) == ["I.", "II."])
        #expect(report.sections[0].title == [.text("Kết quả đạt được")])
        #expect(report.sections[0].subsections.map(\.headingText) == ["1. Giáo dục"])
        #expect(report.sections[0].subsections[0].blocks == [
            .paragraph([.styled(.bold, [.styled(.underline, [.text("Tỷ lệ")])]), .text(" 98%")])
        ])
    }

    @Test func headingsNumberedByWordGetTheirNumbers() throws {
        let numbering = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>\
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>\
            <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>
            """
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
            </Relationships>
            """
        func heading(_ text: String, level: Int) -> String {
            "<w:p><w:pPr><w:outlineLvl w:val=\"\(level)\"/><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = heading("Kết quả", level: 0) + heading("Giáo dục", level: 1) + heading("Y tế", level: 1)
            + heading("Trường học", level: 2) + heading("Phương hướng", level: 0) + heading("Tháng 6", level: 1)
        let report = try importDocument(body, extra: [.init("word/numbering.xml", text: numbering), .init("word/_rels/document.xml.rels", text: rels)])
        var headings: [String] = []
        report.forEachSection { section, _ in headings.append("\(section.number ?? "-") \(Inline.plainText(section.title))") }
        #expect(headings == ["I. Kết quả", "1. Giáo dục", "2. Y tế", "a) Trường học", "II. Phương hướng", "1. Tháng 6"])
    }

    @Test func fieldsShowTheirResultAndBreaksAreKept() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve"> / 9</w:t></w:r></w:fldSimple></w:p>\
            <w:p><w:r><w:t>Trước</w:t><w:br w:type="page"/><w:t>Sau</w:t></w:r></w:p>\
            <w:p><w:ins><w:r><w:t>Thêm</w:t></w:r></w:ins><w:del><w:r><w:delText>Bỏ</w:delText></w:r></w:del></w:p>
            """
        let report = try importDocument(body)
        #expect(report.preamble == [
            .paragraph([.text("Trang 3 / 9")]), .paragraph([.text("Trước")]), .pageBreak, .paragraph([.text("Sau")]),
            .paragraph([.text("Thêm")]),
        ])
    }

    @Test func unknownContentIsSkippedWithAWarningNamingIt() throws {
        let log = DiagnosticLog()
        let body = """
            <w:p><w:r><w:t>Chữ</w:t></w:r><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"/></w:p>\
            <w:altChunk r:id="rId9"/>
            """
        let report = try importDocument(body, log: log)
        #expect(report.preamble == [.paragraph([.text("Chữ")])])
        #expect(log.warnings.map { $0.text(in: .en) } == [
            "muc.docx:2: warning: word/document.xml: skipped an equation (m:oMath)",
            "muc.docx:2: warning: word/document.xml: skipped <w:altChunk>",
        ])
    }

    @Test func textBoxTextFollowsItsParagraphOnce() throws {
        let log = DiagnosticLog()
        let box = "<w:txbxContent><w:p><w:r><w:t>Số: 125/BC-VP</w:t></w:r></w:p></w:txbxContent>"
        let body = """
            <w:p><w:r><w:t>Đầu trang</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">\
            <mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">\(box)</wps:txbx></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">\(box)</v:textbox></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r><w:r><w:drawing/></w:r></w:p>
            """
        let report = try importDocument(body, log: log)
        #expect(report.preamble == [.paragraph([.text("Đầu trang")]), .paragraph([.text("Số: 125/BC-VP")])])
        #expect(log.warnings.map(\.message.en) == [
            "word/document.xml: skipped the position of a text box (its text follows the paragraph)",
            "word/document.xml: skipped an image or drawing (w:drawing)",
        ])
    }

    // MARK: The official template

    @Test(.tags(.external)) func convertsTheOfficialAppendixTemplate() throws {
        let url = TestPaths.shared.appendingPathComponent("reference/nd30-official/Phuluc3.docx")
        let report = try DOCXImporter().importReport(from: try Data(contentsOf: url), source: "Phuluc3.docx", log: DiagnosticLog())
        #expect(report.preamble.first == .paragraph([.styled(.bold, [.text("Phụ lục III")])]))
        #expect(ImportedText.tables(report).count > 20)
        #expect(ImportedText.plainText(report).occurrences(of: "ngày/tháng/năm; giờ: phút: giây") == 3)
        let pandoc = try ExternalTool.run("pandoc", ["-t", "plain", "--wrap=none", url.path])
        #expect(pandoc.status == 0, "pandoc: \(pandoc.stderr)")
        let reference = pandoc.stdout
        let recall = ImportedText.recall(reference: reference, candidate: ImportedText.plainText(report))
        #expect(recall >= 0.95, "kept \(Int(recall * 100))% of pandoc's words")
    }
}
