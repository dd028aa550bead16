import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import Testing

/// The DOCX corpus, read by the DOCX importer.
let corpus = CorpusImport(kind: "docx", importer: DOCXImporter())

@Suite("DOCX importer on the real corpus")
struct DOCXCorpusTests {
    @Test func readsTheWholeCorpus() {
        #expect(corpus.documentNames.count == 17)
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
