import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTImporter
import Testing

/// The ODT corpus, read by the ODT importer.
let corpus = CorpusImport(kind: "odt", importer: ODTImporter())

@Suite("ODT importer on the real corpus")
struct ODTCorpusTests {
    static let documents = [
        "odfdo-example", "odfdo-lpod_styles", "odfdo-md_sample_14_lo", "odfdo-note", "odfdo-recipes-collection2",
        "pandoc-footnote", "pandoc-headers", "pandoc-listContinueNumbering", "pandoc-orderedListMixed",
        "pandoc-simpleTableWithHeader", "pandoc-tableWithSpans", "pandoc-textMixedStyles",
    ]

    @Test(arguments: documents)
    func keepsTheWords(_ name: String) throws {
        let recall = try #require(try corpus.recall(name))
        #expect(recall >= 0.85, "\(name): kept \(Int(recall * 100))% of the reference words")
    }

    @Test(arguments: corpus.nativeNames)
    func keepsNotesTablesAndListsOfTheExpectedAST(_ name: String) throws {
        let counts = try corpus.structureCounts(name)
        #expect(counts.found == counts.expected)
    }
}
