import BaoCaoCore
import Foundation
import Testing

@Suite("Import limits, line ends, printable names, capped diagnostics")
struct ImportLimitsTests {
    @Test func numbersAreReadAndHeldToTheirRange() {
        let range = ImportLimits.startNumbers
        #expect(ImportLimits.number("7", in: range)! == (7, false))
        #expect(ImportLimits.number(" 32767 ", in: range)! == (32767, false))
        #expect(ImportLimits.number("32768", in: range)! == (32767, true))
        #expect(ImportLimits.number("9223372036854775807", in: range)! == (32767, true))
        #expect(ImportLimits.number("123456789012345678901234567890", in: range)! == (32767, true))
        #expect(ImportLimits.number("-123456789012345678901234567890", in: range)! == (0, true))
        #expect(ImportLimits.number("abc", in: range) == nil)
        #expect(ImportLimits.number("1-2", in: range) == nil)
        #expect(ImportLimits.number(nil, in: range) == nil)
    }

    @Test func lineEndsBecomeLF() throws {
        #expect("a\r\nb\rc\n\r\n".withUnixLineEnds == "a\nb\nc\n\n")
        #expect("---\r\n".withUnixLineEnds == "---\n")
        #expect("không đổi\n".withUnixLineEnds == "không đổi\n")
        #expect(try TextDecoding.utf8(Data("x\r\ny".utf8), source: "a") == "x\ny")
    }

    @Test func controlCharactersInNamesArePrintedAsEscapes() {
        let name = "bao-cao\n\u{1B}[31mđỏ\u{7}.md"
        #expect(name.withVisibleControlCharacters == "bao-cao\\n\\u{1B}[31mđỏ\\u{7}.md")
        let diagnostic = Diagnostic(.error, .technicalDetail("tệp '\(name)' hỏng"), at: SourceLocation(file: name, line: 2))
        #expect(!diagnostic.description.contains("\n") && !diagnostic.description.contains("\u{1B}"))
        #expect(diagnostic.description.hasPrefix("bao-cao\\n\\u{1B}[31mđỏ\\u{7}.md:2: lỗi:"))
    }

    @Test func diagnosticsPastTheLimitOfAFileAreCountedInOneLine() {
        let log = DiagnosticLog()
        for index in 0..<(DiagnosticLog.limitPerFile + 41) { log.error(.technicalDetail("lỗi \(index)"), at: SourceLocation(file: "a.yaml", line: index)) }
        for index in 0..<DiagnosticLog.limitPerFile { log.warning(.technicalDetail("cảnh báo \(index)"), at: SourceLocation(file: "a.yaml")) }
        log.error(.technicalDetail("khác"), at: SourceLocation(file: "b.yaml"))
        #expect(log.errors.count == DiagnosticLog.limitPerFile + 2)
        #expect(log.errors[DiagnosticLog.limitPerFile].description == "a.yaml: lỗi: và 41 lỗi khác")
        #expect(log.warnings.count == DiagnosticLog.limitPerFile)
        #expect(log.errors.last?.message.vi == "khác")
    }

    private func spanning(_ columns: Int, rows: Int = 1) -> TableCell { TableCell(text: "x", columnSpan: columns, rowSpan: rows) }

    @Test func tableGridsAreHeldToTheColumnLimitAndTheDocumentBudget() throws {
        var budget = TableBudget()
        var warnings: [Message] = []
        let atLimit = budget.clip(Table(rows: [TableRow(cells: [spanning(999), spanning(1)])])) { warnings.append($0) }
        #expect(atLimit.columnCount == ImportLimits.tableColumns && warnings.isEmpty)
        let past = budget.clip(Table(rows: [TableRow(cells: [spanning(999), spanning(5), spanning(1)])])) { warnings.append($0) }
        #expect(past.columnCount == ImportLimits.tableColumns)
        #expect(past.rows[0].cells.map(\.columnSpan) == [999, 1])
        #expect(warnings == [Message.tableColumns])
        // Cells pushed right by a cell spanning rows from above are cut at the limit too.
        let tall = Array(repeating: TableRow(cells: [spanning(1000, rows: 1000)]), count: 6)
        let pushed = budget.clip(Table(rows: tall)) { _ in }
        let pushedColumns = pushed.columnCount
        #expect(pushedColumns == ImportLimits.tableColumns && pushed.rows.count == 6)
        #expect(pushed.rows.dropFirst().allSatisfy { $0.cells.isEmpty })
        #expect(budget.remaining == ImportLimits.tableCells - 8 * 1000)
        let rows = Array(repeating: TableRow(cells: [spanning(1000)]), count: ImportLimits.tableCells / 1000)
        warnings = []
        let spent = budget.clip(Table(headerRowCount: 500, rows: rows)) { warnings.append($0) }
        #expect(spent.rows.count == ImportLimits.tableCells / 1000 - 8)
        #expect(spent.headerRowCount == spent.rows.count)
        #expect(warnings == [Message.tableCells])
    }
}
