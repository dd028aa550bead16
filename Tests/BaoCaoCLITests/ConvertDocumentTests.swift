import BaoCaoTestSupport
import Foundation
import Testing

@Suite("baocao convert reads Word and LibreOffice files, and refuses hostile ones")
struct ConvertDocumentTests {
    @Test(arguments: ["docx/pandoc-notes.docx", "odt/pandoc-footnote.odt"])
    func convertsACorpusDocumentToMarkdown(_ path: String) throws {
        let out = try TestPaths.scratchDirectory().appendingPathComponent("section.md")
        let result = baocao("convert", TestPaths.shared.appendingPathComponent("corpus/\(path)").path, "-o", out.path)
        #expect(result.code == 0)
        let markdown = try String(contentsOf: out, encoding: .utf8)
        #expect(markdown.contains("[^"))
        #expect(markdown.contains("My note.") || markdown.contains("Footnote text"))
    }

    /// Hostile inputs: each is refused with exit code 1, a message naming it, in under a second,
    /// and nothing is written beside it.
    static let hostile: [(name: String, data: Data, message: String)] = {
        let rels = TestZip.Entry("_rels/.rels", text: """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """)
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        return [
            ("xxe.docx", TestZip([rels, .init("word/document.xml", text: HostileXML.externalEntity(root: "w:document", namespace: w))]).data,
             "a DOCTYPE is not allowed"),
            ("laughs.docx", TestZip([rels, .init("word/document.xml", text: HostileXML.billionLaughs(root: "w:document", namespace: w))]).data,
             "a DOCTYPE is not allowed"),
            ("bomb.odt", TestZip([.init("mimetype", text: "application/vnd.oasis.opendocument.text"),
                                  .init("content.xml", Data(count: 2048), claimedSize: 1 << 30, method: 8)]).data,
             "would inflate to 1073741824 bytes"),
            ("traversal.docx", TestZip([.init("_rels/.rels", text: """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="../../../etc/passwd"/>\
                </Relationships>
                """)]).data, "points outside the package"),
            ("plain.docx", Data("Báo cáo tháng 5".utf8), "not a zip file"),
            ("truncated.odt", TestZip([.init("mimetype", text: "application/vnd.oasis.opendocument.text"),
                                       .init("content.xml", text: String(repeating: "<text:p>Đoạn văn</text:p>", count: 200))]).data.prefix(1500),
             "the zip file is truncated"),
        ]
    }()

    @Test(arguments: 0..<hostile.count)
    func refusesHostileInputWithoutWritingAnything(_ index: Int) throws {
        let (name, data, message) = Self.hostile[index]
        let folder = try TestPaths.scratchDirectory()
        let input = folder.appendingPathComponent(name)
        try data.write(to: input)
        let out = folder.appendingPathComponent("out.md")
        let start = Date()
        let result = baocao("convert", input.path, "-o", out.path)
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(result.code == 1)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix(input.path) == true)
        #expect(result.errors.first?.contains(message) == true, "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }
}
