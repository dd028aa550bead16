import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Narrative sent as Word or LibreOffice documents")
struct DocumentSubmissionTests {
    /// Replaces the Markdown narrative `name` of the fixture by the same text written as `format`
    /// (the Markdown body read by the Markdown importer, written by that format's exporter).
    private func resend(_ name: String, as format: String, in fixture: AssemblyFixture) throws {
        let markdown = fixture.sample("\(name).md")
        let text = try String(contentsOf: markdown, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let end = try #require(lines.indices.dropFirst().first { lines[$0] == "---" })
        let body = lines[(end + 1)...].joined(separator: "\n")
        let registry = FormatRegistry.builtIn
        let report = try registry.importer(.markdown).importReport(from: Data(body.utf8), source: "x.md", log: DiagnosticLog())
        try registry.exporter(FormatName(rawValue: format))
            .export(report, options: ExportOptions(), log: DiagnosticLog()).write(to: fixture.sample("\(name).\(format)"))
        try FileManager.default.removeItem(at: markdown)
    }

    @Test("a .docx and an .odt narrative give the report the Markdown narrative gives", arguments: ["docx", "odt"])
    func sameReportAsMarkdown(_ format: String) throws {
        let expected = try AssemblyFixture().assemble().report
        let fixture = try AssemblyFixture()
        try resend("vp-quy-che-lam-viec", as: format, in: fixture)
        try resend("vp-tinh-hinh-chung", as: format, in: fixture)
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.map { $0.text(in: .en) } == [])
        // Every paragraph comes through, in order; the exporters' page-1 lines (national motto,
        // number, document type) are read back as text of the two narratives, and nothing else is added.
        let got = assembly.report.allText.components(separatedBy: "\n")
        let want = expected.allText.components(separatedBy: "\n")
        var remaining = got[...]
        for line in want {
            guard let index = remaining.firstIndex(of: line) else {
                Issue.record("missing or out of order: \(line.prefix(80))")
                break
            }
            remaining = got[(index + 1)...]
        }
        #expect(got.count - want.count <= 6)
        #expect(assembly.report.footnotes.count == expected.footnotes.count)
    }

    @Test("a document whose name does not say department and key is reported")
    func badName() throws {
        let fixture = try AssemblyFixture()
        try Data("PK".utf8).write(to: fixture.sample("quychelamviec.docx"))
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.contains { $0.message.en.contains("named '<department>-<key>.docx'") })
    }

    @Test("a hostile document is refused with its file named, and the month still assembles")
    func hostileDocument() throws {
        let fixture = try AssemblyFixture()
        try Data("không phải tệp Word".utf8).write(to: fixture.sample("vp-bao-cao-them.docx"))
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.map { $0.text(in: .en) }.contains { $0.contains("vp-bao-cao-them.docx: error: cannot read as DOCX: not a zip file") })
    }
}
