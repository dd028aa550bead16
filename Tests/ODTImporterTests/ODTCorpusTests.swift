import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTImporter
import Testing

/// The ODT corpus, read by the ODT importer.
let corpus = CorpusImport(kind: "odt", importer: ODTImporter())

@Suite("ODT importer on the real corpus")
struct ODTCorpusTests {
    @Test func readsTheWholeCorpus() {
        #expect(corpus.documentNames.count == 12)
    }

    @Test(arguments: corpus.documentNames)
    func keepsTheWords(_ name: String) throws {
        let recall = try #require(try corpus.recall(name))
        #expect(recall >= CorpusImport.minimumRecall, "\(name): kept \(Int(recall * 100))% of the reference words")
    }

    @Test(arguments: corpus.nativeNames)
    func keepsNotesTablesAndListsOfTheExpectedAST(_ name: String) throws {
        let counts = try corpus.structureCounts(name)
        #expect(counts.found == counts.expected)
    }
}
