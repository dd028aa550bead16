import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import MarkdownExporter
import ODTImporter
import Testing

/// Numbers, levels, spans and repeats an ODT declares are held to ``ImportLimits`` (found by
/// fuzzing: `text:start-value` of Int.max overflowed, an outline style starting there crashed on
/// its second heading, 796 bytes of repeated spanning cells took over 10 GB).
@Suite("ODT importer holds declared numbers and sizes to the limits")
struct ODTLimitTests {
    private func importContent(_ body: String, styles: String = "", log: DiagnosticLog) throws -> Report {
        try ODTImporter().importReport(from: odtPackage(content: odfContent(body, automaticStyles: styles)), source: "so.odt", log: log)
    }

    private let numbered = """
        <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>
        """

    private func list(start: String, continues: Bool = false) -> String {
        let attributes = continues ? " text:continue-numbering=\"true\"" : ""
        return "<text:list text:style-name=\"L1\"\(attributes)><text:list-item text:start-value=\"\(start)\"><text:p>một</text:p></text:list-item>"
            + "<text:list-item><text:p>hai</text:p></text:list-item></text:list>"
    }

    @Test(arguments: [("32767", 32767, false), ("32768", 32767, true), ("9223372036854775807", 32767, true)])
    func startValuesAreHeldToTheRange(declared: String, expected: Int, warned: Bool) throws {
        let log = DiagnosticLog()
        let report = try importContent(list(start: declared) + list(start: "1", continues: true).replacingOccurrences(of: " text:start-value=\"1\"", with: ""),
                                       styles: numbered, log: log)
        let starts = ImportedText.lists(report).map(\.start)
        #expect(starts.first == expected)
        #expect(starts.allSatisfy { ImportLimits.startNumbers.contains($0) })
        #expect(log.warnings.contains { $0.message.vi.contains("vượt giới hạn") } == warned)
        let markdown = try MarkdownExporter().render(report, log: log)
        #expect(markdown.contains("\(expected). một"))
    }

    @Test func anOutlineStyleStartingAtIntMaxNumbersItsHeadings() throws {
        let outline = """
            <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" \
            text:start-value="9223372036854775807" style:num-suffix="."/></text:outline-style>
            """
        let log = DiagnosticLog()
        let body = "<text:h text:outline-level=\"1\">Một</text:h><text:h text:outline-level=\"1\">Hai</text:h>"
        let report = try importContent(body, styles: outline, log: log)
        #expect(report.sections.map(\.headingText) == ["32767. Một", "32768. Hai"])
    }

    @Test func listsNestedPastTheDeepestLevelBecomeParagraphs() throws {
        func nested(_ level: Int) -> String {
            let inner = level < 30 ? nested(level + 1) : ""
            return "<text:list><text:list-item><text:p>cấp \(level)</text:p>\(inner)</text:list-item></text:list>"
        }
        let body = nested(1)
        let log = DiagnosticLog()
        let report = try importContent(body, log: log)
        #expect(ImportedText.listDepth(report.preamble) == ImportLimits.listLevels)
        #expect(report.preamble.map(\.plainText).joined().contains("cấp 30"))
        // One warning, counting each list found past the deepest level (levels 11 to 30).
        #expect(log.warnings.map(\.message.vi) == ["content.xml: \(Message.listLevel.vi) (20 lần)"])
    }

    @Test func repeatedSpanningCellsStayWithinTheGridBudget() throws {
        // The 796-byte file of the issue: a row repeated 1 000 times, a cell repeated 1 000
        // times, each spanning 1 000 × 1 000.
        let body = """
            <table:table><table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1000" \
            table:number-columns-spanned="1000" table:number-rows-spanned="1000"><text:p>x</text:p></table:table-cell>\
            </table:table-row></table:table>
            """
        let log = DiagnosticLog()
        let report = try importContent(String(repeating: body, count: 5), log: log)
        let tables = ImportedText.tables(report)
        let positions = tables.map { $0.rows.count * $0.columnCount }.reduce(0, +)
        #expect(positions <= ImportLimits.tableCells)
        #expect(tables.allSatisfy { $0.columnCount <= ImportLimits.tableColumns })
        _ = try MarkdownExporter().render(report, log: log)
    }

    @Test func aGridAtTheLimitIsKeptWhole() throws {
        let row = "<table:table-row><table:table-cell table:number-columns-spanned=\"1000\"><text:p>x</text:p></table:table-cell></table:table-row>"
        let log = DiagnosticLog()
        let atLimit = try importContent("<table:table>" + String(repeating: row, count: 200) + "</table:table>", log: log)
        #expect(ImportedText.tables(atLimit).first?.rows.count == 200)
        #expect(log.warnings.isEmpty)
        let pastLimit = try importContent("<table:table>" + String(repeating: row, count: 201) + "</table:table>", log: log)
        #expect(ImportedText.tables(pastLimit).first?.rows.count == 200)
        #expect(log.warnings.map(\.message.vi) == ["content.xml: \(Message.tableCells.vi)"])
    }
}
