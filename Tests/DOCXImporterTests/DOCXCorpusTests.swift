import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import Testing

/// The DOCX corpus, read by the DOCX importer.
let corpus = CorpusImport(kind: "docx", importer: DOCXImporter())

@Suite("DOCX importer on the real corpus")
struct DOCXCorpusTests {
    @Test func readsEveryDocumentWithTextAndNoError() throws {
        let names = corpus.documentNames
        #expect(!names.isEmpty, "no documents in ../shared/corpus/docx")
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
