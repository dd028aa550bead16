import BaoCaoCore
import BaoCaoFormats
import Foundation
import Testing

/// The JSON reader holds nesting to 256 arrays and objects and the file to 64 MiB before
/// `JSONDecoder` sees it (docs/importers.md): a test at each limit and one past it.
@Suite("JSON report limits")
struct JSONLimitTests {
    static let nesting = 256
    static let size = 64 * 1024 * 1024

    /// Imports `data` as a JSON report named `report.json`.
    func importJSON(_ data: Data) throws -> Report {
        try FormatRegistry.builtIn.importer(.json).importReport(from: data, source: "report.json", log: DiagnosticLog())
    }

    /// The deepest nesting of arrays and objects in `data` (no string in it holds a bracket).
    func depth(_ data: Data) -> Int {
        var depth = 0
        var deepest = 0
        for byte in data {
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { depth -= 1 }
            deepest = max(deepest, depth)
        }
        return deepest
    }

    /// A report whose one paragraph nests `levels` bold spans, as JSON.
    func nestedReport(_ levels: Int) throws -> Data {
        var inline = Inline.text("chữ")
        for _ in 0..<levels { inline = .styled(.bold, [inline]) }
        let report = Report(sections: [Section(number: "I.", title: [.text("Mục")], blocks: [.paragraph([inline])])])
        return try FormatRegistry.builtIn.exporter(.json).export(report, options: ExportOptions(), log: DiagnosticLog())
    }

    @Test func aReportNestedToTheLimitIsRead() throws {
        // Each bold span is an object and its content array: two levels.
        let base = depth(try nestedReport(0))
        let data = try nestedReport((Self.nesting - base) / 2)
        #expect(depth(data) == Self.nesting || depth(data) == Self.nesting - 1)
        #expect(try importJSON(data).sections.count == 1)
    }

    @Test func nestingPastTheLimitIsRefusedAtItsBracket() throws {
        // Line 2, after two spaces: the 257th bracket; a bracket inside a string does not count.
        let text = "{\"subject\": \"[[[[\",\n  " + String(repeating: "[", count: Self.nesting) + "\n"
        let error = #expect(throws: BaoCaoError.self) { try importJSON(Data(text.utf8)) }
        #expect(error?.location == SourceLocation(file: "report.json", line: 2, column: Self.nesting + 2))
        #expect(error?.message.text(in: .vi).contains("JSON lồng quá 256 cấp") == true)
    }

    @Test func invalidJSONIsRefusedAtItsLineAndColumn() throws {
        let error = #expect(throws: BaoCaoError.self) { try importJSON(Data("{\"formatVersion\": 1,\n  \"subject\": \"Báo cáo\", x}".utf8)) }
        #expect(error?.location == SourceLocation(file: "report.json", line: 2, column: 25))
        #expect(error?.message.text(in: .vi).hasPrefix("JSON không hợp lệ") == true)
        let notAReport = #expect(throws: BaoCaoError.self) { try importJSON(Data("{\"sections\": []}".utf8)) }
        #expect(notAReport?.message.text(in: .vi) == "không phải báo cáo BaoCao: thiếu khóa 'formatVersion' tại gốc")
        #expect(notAReport?.message.text(in: .en) == "not a BaoCao report: missing key 'formatVersion' at the top level")
    }

    @Test func deepNestingEndsQuicklyWithoutOverflowingTheStack() throws {
        let data = Data(String(repeating: "[", count: 1_000_000).utf8)
        let start = Date()
        #expect(throws: BaoCaoError.self) { try importJSON(data) }
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test func aFileAtTheSizeLimitIsDecodedAndOnePastIsRefused() throws {
        // An empty report padded with spaces to exactly 64 MiB.
        var data = Data("{\"formatVersion\": 1}".utf8)
        data.append(Data(repeating: UInt8(ascii: " "), count: Self.size - data.count))
        #expect(try importJSON(data).sections.isEmpty)
        data.append(UInt8(ascii: " "))
        let past = #expect(throws: BaoCaoError.self) { try importJSON(data) }
        #expect(past?.location == SourceLocation(file: "report.json"))
        #expect(past?.message.text(in: .vi) == "tệp JSON lớn 67108865 byte, quá giới hạn 67108864 byte")
        #expect(past?.message.text(in: .en) == "the JSON file has 67108865 bytes, above the limit of 67108864")
    }
}

/// What a JSON report declares is held to `ImportLimits` like a DOCX's or an ODT's (list starts,
/// list levels, table spans), so that the writers never see an overflowing number or a runaway grid.
@Suite("JSON report declared values")
struct JSONDeclaredValueTests {
    func importJSON(_ json: String, log: DiagnosticLog = DiagnosticLog()) throws -> Report {
        try FormatRegistry.builtIn.importer(.json).importReport(from: Data(json.utf8), source: "report.json", log: log)
    }

    /// A report whose preamble is `block` (JSON text).
    func report(_ block: String) -> String {
        "{\"formatVersion\": 1, \"preamble\": [\(block)]}"
    }

    func list(start: Int, items: String = "") -> String {
        "{\"type\": \"list\", \"list\": {\"isOrdered\": true, \"start\": \(start), \"items\": [\(items)]}}"
    }

    @Test func aListStartAtTheLimitIsKeptAndOnePastIsHeldWithAWarning() throws {
        let log = DiagnosticLog()
        let atLimit = try importJSON(report(list(start: 32_767)), log: log)
        #expect(atLimit.preamble == [.list(ListBlock(isOrdered: true, start: 32_767, items: []))])
        #expect(log.entries.isEmpty)

        let past = try importJSON(report(list(start: Int.max)), log: log)
        #expect(past.preamble == [.list(ListBlock(isOrdered: true, start: 32_767, items: []))])
        #expect(log.entries.map { $0.message.text(in: .vi) } == ["JSON: số bắt đầu đánh số 9223372036854775807 vượt giới hạn 0–32767, lấy 32767"])
        #expect(log.entries.first?.location == SourceLocation(file: "report.json"))
        // Exported again, the number is the held one.
        let markdown = try FormatRegistry.builtIn.exporter(.markdown).export(past, options: ExportOptions(), log: log)
        #expect(!String(decoding: markdown, as: UTF8.self).contains("9223372036854775807"))
    }

    @Test func listsNestedToTenLevelsAreKeptAndTheEleventhBecomesParagraphs() throws {
        func nested(_ levels: Int) -> String {
            var block = "{\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", \"text\": \"mục\"}]}"
            for _ in 0..<levels { block = list(start: 1, items: "[\(block)]") }
            return report(block)
        }
        func depth(_ blocks: [Block]) -> Int {
            blocks.map { block in
                if case .list(let list) = block { return 1 + depth(list.items.flatMap { $0 }) }
                return 0
            }.max() ?? 0
        }
        let log = DiagnosticLog()
        #expect(depth(try importJSON(nested(10), log: log).preamble) == 10)
        #expect(log.entries.isEmpty)
        let past = try importJSON(nested(11), log: log)
        #expect(depth(past.preamble) == 10)
        #expect(past.preamble.first?.plainText == "mục")
        #expect(log.entries.map { $0.message.text(in: .vi) } == ["JSON: " + Message.listLevel.vi])
    }

    @Test func aSpanPastTheTableIsCutAndHeaderRowsHeldToTheRows() throws {
        let cell = "{\"blocks\": [], \"columnSpan\": 9223372036854775807, \"rowSpan\": 9223372036854775807}"
        let table = "{\"type\": \"table\", \"table\": {\"headerRowCount\": -5, \"rows\": [{\"cells\": [\(cell)]}, {\"cells\": []}]}}"
        let log = DiagnosticLog()
        let read = try importJSON(report(table), log: log)
        guard case .table(let held) = read.preamble.first else {
            Issue.record("no table in \(read.preamble)")
            return
        }
        #expect(held.rows[0].cells[0].columnSpan == 1_000)
        #expect(held.rows[0].cells[0].rowSpan == 2)
        #expect(held.headerRowCount == 0)
        #expect(log.entries.map { $0.message.text(in: .vi) } == ["JSON: " + Message.tableColumns.vi])
        for name: FormatName in [.markdown, .csv, .json] {
            _ = try FormatRegistry.builtIn.exporter(name).export(read, options: ExportOptions(), log: log)
        }
    }
}
