import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation
import MarkdownImporter
import Testing

/// The seed report with its front matter, from Markdown to DOCX, read back by LibreOffice and pandoc.
@Suite("DOCX end to end on the seed")
struct DOCXSeedEndToEndTests {
    /// Imports the seed with front matter and exports it to a new DOCX file.
    private func exportSeed() throws -> URL {
        let input = try SeedFixtures.seedWithFrontMatterFile()
        let report = try MarkdownImporter().importReport(from: Data(contentsOf: input), source: input.path, log: DiagnosticLog())
        let output = input.deletingLastPathComponent().appendingPathComponent("out-\(UUID().uuidString).docx")
        try DOCXExporter().export(report, to: output, options: ExportOptions(), log: DiagnosticLog())
        return output
    }

    /// Lower-cased words: runs of letters and digits.
    private func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    @Test func seedIsByteIdenticalAcrossRuns() throws {
        #expect(try Data(contentsOf: exportSeed()) == Data(contentsOf: exportSeed()))
    }

    @Test func seedPassesTheSchemasAndLibreOfficeShowsHeaderAndFinalBlock() throws {
        let url = try exportSeed()
        let text = url.deletingPathExtension().appendingPathExtension("txt")
        let result = try Tool.run(DOCXOutput.checker, ["--xsd", "--text-out", text.path, url.path])
        #expect(result.status == 0, "check_docx.sh failed:\n\(result.output)")
        #expect(result.output.contains("PASS XSD (ISO/IEC 29500-4:2016 transitional)"))
        let printed = try String(contentsOf: text, encoding: .utf8)
        for expected in [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH CAO BẰNG", "VĂN PHÒNG",
            "Số: 125/BC-VP", "Cao Bằng, ngày 25 tháng 5 năm 2023", "BÁO CÁO", "Nơi nhận:", "- Lưu: VT, TH(Nh).",
            "CHÁNH VĂN PHÒNG", "Trịnh Sỹ Tài",
        ] {
            #expect(printed.contains(expected), "LibreOffice's text lacks \(expected)")
        }
        // Page 1 carries no number; page 2 does.
        let pages = printed.components(separatedBy: "\u{0C}")
        #expect(pages.count >= 2)
        #expect(pages[1].split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) == "2")
    }

    @Test func pandocReadsBackTheWordsAndTheFourFootnotes() throws {
        let url = try exportSeed()
        let result = try Tool.run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", url.path])
        #expect(result.status == 0)
        var available: [String: Int] = [:]
        for word in words(result.output) { available[word, default: 0] += 1 }
        let seedWords = words(try SeedFixtures.seedText())
        var found = 0
        for word in seedWords where available[word, default: 0] > 0 {
            available[word, default: 0] -= 1
            found += 1
        }
        let recall = Double(found) / Double(seedWords.count)
        #expect(recall >= 0.99, "pandoc read back \(found) of the seed's \(seedWords.count) words")
        let notes = result.output.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("] ") }
            .map { String($0.prefix { $0 != " " }) }
        #expect(notes == ["[1]", "[2]", "[3]", "[4]"])
    }
}
