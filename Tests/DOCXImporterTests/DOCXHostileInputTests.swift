import BaoCaoCore
import BaoCaoTestSupport
import DOCXImporter
import Foundation
import Testing

/// A small DOCX package in memory: package relationships, a main document and optional extras.
func docxPackage(document: String, relationshipTarget: String = "word/document.xml", extra: [TestZip.Entry] = []) -> Data {
    TestZip([
        .init("_rels/.rels", text: """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="\(relationshipTarget)"/></Relationships>
            """),
        .init("word/document.xml", text: document),
    ] + extra).data
}

/// A WordprocessingML document whose body is `body`.
func wordDocument(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)</w:body></w:document>
    """
}

@Suite("DOCX importer refuses broken and hostile files")
struct DOCXHostileInputTests {
    private let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Imports `data` as "phong-gd.docx", expecting a bad-input error; returns it and the seconds taken.
    private func refusal(_ data: Data) -> (BaoCaoError?, Double) {
        HostileImport.refusal(of: data, by: DOCXImporter(), source: "phong-gd.docx")
    }

    @Test func refusesAnExternalEntity() {
        let (error, seconds) = refusal(docxPackage(document: HostileXML.externalEntity(root: "w:document", namespace: w)))
        #expect(error?.kind == .badInput)
        #expect(error?.text(in: .en).hasPrefix("phong-gd.docx:2: error: word/document.xml: a DOCTYPE is not allowed") == true)
        #expect(error?.text(in: .en).contains("root:") == false)
        #expect(seconds < 1)
    }

    @Test func refusesBillionLaughs() {
        let (error, seconds) = refusal(docxPackage(document: HostileXML.billionLaughs(root: "w:document", namespace: w)))
        #expect(error?.message.en.contains("word/document.xml: a DOCTYPE is not allowed") == true)
        #expect(seconds < 1)
    }

    @Test func refusesAZipBombWithoutInflatingIt() {
        let bomb = docxPackage(document: wordDocument(""), extra: [
            .init("word/media/huge.bin", Data(count: 1024), claimedSize: 1 << 30, method: 8)
        ])
        let (error, seconds) = refusal(bomb)
        #expect(error?.text(in: .en).hasPrefix("phong-gd.docx: error: cannot read as DOCX: entry 'word/media/huge.bin' would inflate") == true)
        #expect(seconds < 1)
    }

    @Test func keepsPathTraversalInsideThePackage() {
        let (error, seconds) = refusal(docxPackage(document: wordDocument(""), relationshipTarget: "../../../../etc/passwd"))
        #expect(error?.message.en == "cannot read as DOCX: the main document relationship points outside the package ('../../../../etc/passwd')")
        #expect(seconds < 1)
    }

    @Test func ignoresRelationshipsThatLeaveThePackage() throws {
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../etc/passwd"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="/../../../etc/passwd"/>\
            </Relationships>
            """
        let data = docxPackage(
            document: wordDocument("<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>"),
            extra: [.init("word/_rels/document.xml.rels", text: rels)])
        let report = try DOCXImporter().importReport(from: data, source: "phong-gd.docx", log: DiagnosticLog())
        #expect(report.preamble == [.paragraph([.text("Nội dung")])])
    }

    @Test func refusesAFileThatIsNotAZip() {
        let (error, seconds) = refusal(Data("Báo cáo tháng 5 — văn bản thường, không phải DOCX".utf8))
        #expect(error?.text(in: .en) == "phong-gd.docx: error: cannot read as DOCX: not a zip file")
        #expect(seconds < 1)
    }

    @Test func refusesATruncatedFile() throws {
        let url = TestPaths.shared.appendingPathComponent("corpus/docx/pandoc-notes.docx")
        let data = try Data(contentsOf: url)
        let (error, seconds) = refusal(data.prefix(data.count * 2 / 3))
        #expect(error?.text(in: .en).contains("phong-gd.docx: error: cannot read as DOCX: the zip file is truncated") == true)
        #expect(seconds < 1)
    }

    @Test func refusesAPackageWithoutItsMainDocument() {
        let data = TestZip([.init("word/styles.xml", text: "<w:styles xmlns:w=\"\(w)\"/>")]).data
        let (error, _) = refusal(data)
        #expect(error?.text(in: .en) == "phong-gd.docx: error: cannot read as DOCX: word/document.xml is missing")
    }

    @Test func reportsMalformedXMLWithPartAndLine() {
        let (error, _) = refusal(docxPackage(document: "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"\(w)\">\n<w:body>\n</w:document>"))
        #expect(error?.location == SourceLocation(file: "phong-gd.docx", line: 4))
        #expect(error?.message.en.hasPrefix("word/document.xml: ") == true)
    }

    @Test func refusesAnotherKindOfXMLDocument() {
        let (error, _) = refusal(docxPackage(document: "<html><body/></html>"))
        #expect(error?.message.en.contains("not a WordprocessingML document") == true)
    }

    @Test func mutatedFilesAreReadOrRefusedNeverCrash() throws {
        let original = try Data(contentsOf: TestPaths.shared.appendingPathComponent("corpus/docx/pandoc-table_header_rowspan.docx"))
        let refusals = try HostileImport.mutatedRefusals(of: original, by: DOCXImporter(), source: "t.docx")
        #expect(!refusals.isEmpty)
        for error in refusals {
            #expect(error.kind == .badInput && error.location?.file == "t.docx")
        }
    }
}
