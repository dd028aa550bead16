import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import Testing

/// Reads a corpus document with the DOCX importer.
func importCorpusDOCX(_ name: String, log: DiagnosticLog = DiagnosticLog()) throws -> Report {
    let url = TestPaths.shared.appendingPathComponent("corpus/docx/\(name).docx")
    return try DOCXImporter().importReport(from: try Data(contentsOf: url), source: "\(name).docx", log: log)
}

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
        let log = DiagnosticLog()
        let report = try importCorpusDOCX(name, log: log)
        let recall = try #require(try ImportedText.corpusRecall(report, kind: "docx", name: name))
        #expect(recall >= 0.85, "\(name): kept \(Int(recall * 100))% of the reference words")
    }

    @Test(arguments: ImportedText.corpusNativeNames("docx"))
    func keepsNotesTablesAndListsOfTheExpectedAST(_ name: String) throws {
        let native = try String(contentsOf: TestPaths.shared.appendingPathComponent("corpus/docx/expected/\(name).native"), encoding: .utf8)
        #expect(ImportedText.structureCounts(try importCorpusDOCX(name)) == ImportedText.nativeCounts(native))
    }
}
