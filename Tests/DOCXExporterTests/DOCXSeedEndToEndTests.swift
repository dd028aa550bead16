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
        try DOCXExporter().export(report, options: ExportOptions(), log: DiagnosticLog()).write(to: output)
        return output
    }

    @Test func seedIsByteIdenticalAcrossRuns() throws {
        #expect(try Data(contentsOf: exportSeed()) == Data(contentsOf: exportSeed()))
    }

    @Test(.tags(.external)) func seedPassesTheSchemasAndLibreOfficeShowsHeaderAndFinalBlock() throws {
        let verdict = try SharedChecker.check(
            try exportSeed(), with: "check_docx.sh", options: ["--xsd"],
            expecting: OfficialReportFixture.expectedStrings + ["- Lưu: VT, TH(Nh)."])
        #expect(verdict.passed, "check_docx.sh failed:\n\(verdict.transcript)")
        #expect(verdict.output.stdout.contains("PASS XSD (ISO/IEC 29500-4:2016 transitional)"))
        // Page 1 carries no number; page 2 does.
        let pages = verdict.pages
        #expect(pages.count >= 2)
        #expect(pages.first.map(SharedChecker.pageNumber) == .some(nil))
        #expect(pages.dropFirst().first.map(SharedChecker.pageNumber) == 2)
    }

    @Test(.tags(.external)) func pandocReadsBackTheWordsAndTheFourFootnotes() throws {
        let url = try exportSeed()
        let result = try ExternalTool.run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", url.path])
        #expect(result.status == 0)
        let recall = WordRecall.recall(of: try SeedFixtures.seedText(), in: result.stdout)
        #expect(recall >= 0.99, "pandoc read back \(recall * 100)% of the seed's words")
        let notes = result.stdout.split(separator: "\n").filter { $0.hasPrefix("[") && $0.contains("] ") }
            .map { String($0.prefix { $0 != " " }) }
        #expect(notes == ["[1]", "[2]", "[3]", "[4]"])
    }
}
