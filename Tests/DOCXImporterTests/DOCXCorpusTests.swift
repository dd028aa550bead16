import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import Testing

/// The DOCX corpus, read by the DOCX importer.
let corpus = CorpusImport(kind: "docx", importer: DOCXImporter())

@Suite("DOCX importer on the real corpus")
struct DOCXCorpusTests {
    static let documents = [
        "docx4j-sample-docx", "mammoth-footnotes", "mammoth-strict-format", "pandoc-headers", "pandoc-inline_formatting",
        "pandoc-link_in_notes", "pandoc-lists", "pandoc-lists_continuing", "pandoc-notes", "pandoc-sdt_in_footnote",
        "pandoc-table_header_rowspan", "pandoc-table_variable_width", "pandoc-table_with_list_cell", "pandoc-tables",
        "pandoc-verbatim_subsuper", "python-docx-tbl-cell-access", "python-docx-txt-font-props",
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
