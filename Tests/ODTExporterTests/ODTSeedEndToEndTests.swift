import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import MarkdownImporter
import ODTExporter
import Testing

/// The issue's acceptance run: the seed with its front matter, imported from Markdown and written
/// as ODT, passes the strict checker, shows the header and final block in LibreOffice, reads back
/// in pandoc with its words and four footnotes, and comes out byte-identical twice.
@Suite struct ODTSeedEndToEndTests {
    private static func seedReport() throws -> Report {
        let url = try SeedFixtures.seedWithFrontMatterFile()
        return try MarkdownImporter().importReport(from: Data(contentsOf: url), source: url.path, log: DiagnosticLog())
    }

    @Test(.tags(.external)) func seedPassesStrictCheckWithEveryHeaderAndFinalBlockLine() throws {
        let odt = try ExportedFile(odt: try Self.seedReport())
        let verdict = try SharedChecker.check(odt.url, with: "check_odt.sh", expecting: OfficialReportFixture.expectedStrings)
        #expect(verdict.passed, "check_odt.sh failed:\n\(verdict.transcript)")
        // The page number is centred at the top from page 2 on, never on page 1.
        let numbers = verdict.pages.map(SharedChecker.pageNumber)
        #expect(numbers.count > 2)
        #expect(numbers == [nil] + (2...max(2, numbers.count)).map { Optional($0) }.prefix(numbers.count - 1))
    }

    @Test(.tags(.external)) func pandocKeepsTheSeedsWordsAndFourFootnotes() throws {
        let odt = try ExportedFile(odt: try Self.seedReport())
        let output = try ExternalTool.run("pandoc", ["-f", "odt", "-t", "plain", "--wrap=none", odt.url.path])
        #expect(output.status == 0, "\(output.stderr)")
        let seed = try SeedFixtures.seedText()
        let recall = WordRecall.recall(of: seed, in: output.stdout)
        #expect(recall >= 0.99, "pandoc read back \(recall * 100)% of the seed's words")
        let notes = output.stdout.split(separator: "\n").filter { $0.range(of: #"^\[[0-9]+\] "#, options: .regularExpression) != nil }
        #expect(notes.count == 4, "footnotes read back: \(notes)")
    }

    @Test func seedExportIsByteIdenticalAcrossRuns() throws {
        let report = try Self.seedReport()
        #expect(try ExportedFile(odt: report).bytes == ExportedFile(odt: report).bytes)
    }
}
