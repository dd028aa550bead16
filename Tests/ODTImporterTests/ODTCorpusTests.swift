import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTImporter
import Testing

/// The ODT corpus, read by the ODT importer.
let corpus = CorpusImport(kind: "odt", importer: ODTImporter())

@Suite("ODT importer on the real corpus")
struct ODTCorpusTests {
    @Test func readsEveryDocumentWithTextAndNoError() throws {
        let names = corpus.documentNames
        #expect(!names.isEmpty, "no documents in ../shared/corpus/odt")
        for name in names {
            let log = DiagnosticLog()
            let report = try corpus.report(name, log: log)
            #expect(!ImportedText.plainText(report).isEmpty, "\(name) gave no text")
            #expect(!log.hasErrors, "\(name): \(log.errors)")
        }
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
