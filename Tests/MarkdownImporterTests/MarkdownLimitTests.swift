import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import MarkdownImporter
import Testing

/// Markdown found by fuzzing to crash or run away, and the limits that hold it (each at the limit
/// and one past it).
@Suite("Markdown importer: line ends, nesting, widths, alias bombs")
struct MarkdownLimitTests {
    private func read(_ text: String, log: DiagnosticLog = DiagnosticLog()) throws -> Report {
        try MarkdownImporter().importReport(from: Data(text.utf8), source: "in.md", log: log)
    }

    private func refusal(_ text: String) -> BaoCaoError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? BaoCaoError
        }
    }

    private let document = "---\nnumber: 07/BC-VP\ntype: BÁO CÁO\n---\n\n# I. Kết quả\n\nTrong tháng[^1].\n\n[^1]: Ghi chú\n"

    @Test func fiveBytesOfWindowsFrontMatterDoNotCrash() throws {
        _ = try read("---\r\n")
        _ = try read("---\r")
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndOldMacLineEndsReadLikeUnix(lineEnd: String) throws {
        let unix = try read(document)
        let other = try read(document.replacingOccurrences(of: "\n", with: lineEnd))
        #expect(other == unix)
        #expect(other.header.number != nil)
    }

    @Test func nestingIsBoundedWithAnErrorNamingTheLine() throws {
        // Document > 98 quotes > paragraph > text: depth 100, the limit.
        _ = try read(String(repeating: "> ", count: ImportLimits.markdownNesting - 2) + "x\n")
        let past = refusal(String(repeating: "> ", count: ImportLimits.markdownNesting - 1) + "x\n")
        #expect(past?.location == SourceLocation(file: "in.md", line: 1))
        let start = Date()
        #expect(refusal("\n\n" + String(repeating: "> ", count: 20_000) + "x\n")?.location?.line == 3)
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test func inlineHTMLNestingIsBounded() throws {
        let log = DiagnosticLog()
        let report = try read(String(repeating: "<b>", count: 5_000) + "x\n", log: log)
        #expect(report.preamble.map(\.plainText) == ["x"])
        #expect(log.warnings.contains { $0.message == .markdownNesting })
    }

    @Test func tableWidthIsBoundedBeforeCmark() throws {
        func table(columns: Int) -> String {
            "|" + String(repeating: " a |", count: columns) + "\n|" + String(repeating: "---|", count: columns) + "\n"
        }
        let report = try read(table(columns: ImportLimits.tableColumns))
        #expect(report.preamble.count == 1)
        #expect(refusal(table(columns: ImportLimits.tableColumns + 1))?.location?.line == 1)
        let start = Date()
        #expect(refusal(table(columns: 20_000)) != nil)
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test func lineLengthIsBounded() throws {
        _ = try read(String(repeating: "a", count: 100_000) + "\n")
        #expect(refusal("x\n" + String(repeating: "a", count: 100_001) + "\n")?.location?.line == 2)
    }

    @Test func listStartsAndLevelsAreBounded() throws {
        let log = DiagnosticLog()
        let report = try read("32767. a\n\n---\n\n999999999. b\n", log: log)
        #expect(report.preamble.compactMap { if case .list(let list) = $0 { list.start } else { nil } } == [32767, 32767])
        #expect(log.warnings.filter { $0.message.vi.contains("vượt giới hạn") }.count == 1)
        let levels = (0..<30).map { String(repeating: "  ", count: $0) + "- mức \($0)" }.joined(separator: "\n")
        let nested = try read(levels + "\n", log: log)
        #expect(ImportedText.listDepth(nested.preamble) == ImportLimits.listLevels)
        #expect(nested.preamble.map(\.plainText).joined().contains("mức 29"))
    }

    @Test func aBillionLaughsInTheFrontMatterIsRefused() {
        var yaml = "a: &a {x: 1, y: 2, z: 3, w: 4, v: 5, u: 6, t: 7, s: 8, r: 9}\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            yaml += "\(name): &\(name) {" + (0..<9).map { "k\($0): *\(previous)" }.joined(separator: ", ") + "}\n"
            previous = name
        }
        let start = Date()
        let error = refusal("---\n" + yaml + "---\n\n# I. x\n")
        #expect(error?.message.vi.contains("bí danh") == true)
        #expect(error?.location == SourceLocation(file: "in.md", line: 2))
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test func repeatedDiagnosticsAreCapped() throws {
        let keys = (0..<150).map { "k\($0): v" }.joined(separator: "\n")
        let log = DiagnosticLog()
        _ = try? read("---\n" + keys + "\n---\n\n# I. x\n", log: log)
        #expect(log.errors.count == DiagnosticLog.limitPerFile + 1)
        #expect(log.errors.last?.message.vi == "và 50 lỗi khác")
    }

    @Test func longChainsOfNotesAndSplitParagraphsTakeLinearTime() throws {
        let start = Date()
        let chain = "x[^1]\n\n" + (1...20_000).map { "[^\($0)]: ghi chú [^\($0 + 1)]\n" }.joined(separator: "\n")
        #expect(try read(chain).footnotes.count == 20_000)
        let split = (1...5_000).map { "đoạn \($0) tiếp[^\($0)]" }.joined(separator: "\n\n") + "\n"
        _ = try read(split)
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
