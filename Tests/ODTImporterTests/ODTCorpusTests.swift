import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTImporter
import Testing

/// Reads a corpus document with the ODT importer.
func importCorpusODT(_ name: String, log: DiagnosticLog = DiagnosticLog()) throws -> Report {
    let url = TestPaths.shared.appendingPathComponent("corpus/odt/\(name).odt")
    return try ODTImporter().importReport(from: try Data(contentsOf: url), source: "\(name).odt", log: log)
}

@Suite("ODT importer on the real corpus")
struct ODTCorpusTests {
    static let documents = [
        "odfdo-example", "odfdo-lpod_styles", "odfdo-md_sample_14_lo", "odfdo-note", "odfdo-recipes-collection2",
        "pandoc-footnote", "pandoc-headers", "pandoc-listContinueNumbering", "pandoc-orderedListMixed",
        "pandoc-simpleTableWithHeader", "pandoc-tableWithSpans", "pandoc-textMixedStyles",
    ]

    @Test(arguments: documents)
    func keepsTheWords(_ name: String) throws {
        let log = DiagnosticLog()
        let report = try importCorpusODT(name, log: log)
        let recall = try #require(try ImportedText.corpusRecall(report, kind: "odt", name: name))
        #expect(recall >= 0.85, "\(name): kept \(Int(recall * 100))% of the reference words")
    }

    @Test(arguments: ImportedText.corpusNativeNames("odt"))
    func keepsNotesTablesAndListsOfTheExpectedAST(_ name: String) throws {
        let native = try String(contentsOf: TestPaths.shared.appendingPathComponent("corpus/odt/expected/\(name).native"), encoding: .utf8)
        #expect(ImportedText.structureCounts(try importCorpusODT(name)) == ImportedText.nativeCounts(native))
    }
}
