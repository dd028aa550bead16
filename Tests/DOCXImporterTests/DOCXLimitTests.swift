import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import MarkdownExporter
import Testing

/// Numbers, levels and table sizes a DOCX declares are held to ``ImportLimits`` (found by
/// fuzzing: a `w:start` of Int.max overflowed the Markdown writer, list levels to 1 599 took 39 s).
@Suite("DOCX importer holds declared numbers and sizes to the limits")
struct DOCXLimitTests {
    private let numberingRelationship = TestZip.Entry("word/_rels/document.xml.rels", text: """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """)

    private func numbering(start: String) -> TestZip.Entry {
        TestZip.Entry("word/numbering.xml", text: """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="\(start)"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """)
    }

    private func item(_ text: String, level: Int = 0) -> String {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    private func importDocument(_ body: String, start: String = "1", log: DiagnosticLog) throws -> Report {
        let data = docxPackage(document: wordDocument(body), extra: [numbering(start: start), numberingRelationship])
        return try DOCXImporter().importReport(from: data, source: "muc.docx", log: log)
    }

    @Test(arguments: [("32767", 32767, false), ("32768", 32767, true), ("9223372036854775807", 32767, true), ("99999999999999999999", 32767, true), ("-5", 0, true)])
    func listStartsAreHeldToTheRange(declared: String, expected: Int, warned: Bool) throws {
        let log = DiagnosticLog()
        let report = try importDocument(item("một") + item("hai"), start: declared, log: log)
        #expect(ImportedText.lists(report).map(\.start) == [expected])
        #expect(log.warnings.contains { $0.message.vi.contains("vượt giới hạn") } == warned)
        // The writer that overflowed on Int.max now numbers the items.
        let markdown = try MarkdownExporter().render(report, log: log)
        #expect(markdown.contains("\(expected). một\n\(expected + 1). hai"))
    }

    @Test func listLevelsPastTheDeepestAreKeptAtIt() throws {
        let log = DiagnosticLog()
        let levels = (0..<1600).map { item("mức \($0)", level: $0) }.joined()
        let report = try importDocument(levels, log: log)
        #expect(ImportedText.listDepth(report.preamble) == ImportLimits.listLevels)
        let markdown = try MarkdownExporter().render(report, log: log)
        #expect(markdown.contains("mức 1599"))
    }

    @Test func wideSpansAreClippedToTheTable() throws {
        let cell = "<w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>"
        let row = "<w:tr>" + String(repeating: cell, count: 50) + "</w:tr>"
        let log = DiagnosticLog()
        let report = try importDocument("<w:tbl>" + String(repeating: row, count: 300) + "</w:tbl>", log: log)
        let table = try #require(ImportedText.tables(report).first)
        #expect(table.columnCount == ImportLimits.tableColumns)
        #expect(table.rows.count == ImportLimits.tableCells / ImportLimits.tableColumns)
        #expect(log.warnings.map(\.message.vi) == [
            "word/document.xml: \(Message.tableColumns.vi)", "word/document.xml: \(Message.tableCells.vi)",
        ])
    }
}
