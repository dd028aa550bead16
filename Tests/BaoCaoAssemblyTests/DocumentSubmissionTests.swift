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
    private func resend(_ name: String, as format: String, in fixture: AssemblyFixture, savedAs saved: String? = nil) throws {
        let markdown = fixture.sample("\(name).md")
        let text = try String(contentsOf: markdown, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let end = try #require(lines.indices.dropFirst().first { lines[$0] == "---" })
        let body = lines[(end + 1)...].joined(separator: "\n")
        let registry = FormatRegistry.builtIn
        let report = try registry.importer(.markdown).importReport(from: Data(body.utf8), source: "x.md", log: DiagnosticLog())
        try registry.exporter(FormatName(rawValue: format))
            .export(report, options: ExportOptions(), log: DiagnosticLog()).write(to: fixture.sample(saved ?? "\(name).\(format)"))
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

    @Test("an attachment saved as e-mail named it is read: department and key found in its name")
    func emailAttachmentName() throws {
        let expected = try AssemblyFixture().assemble().report.allText
        let fixture = try AssemblyFixture()
        try resend("vp-quy-che-lam-viec", as: "docx", in: fixture, savedAs: "Bao cao Quy che lam viec thang 5 - VP.docx")
        try resend("vp-tinh-hinh-chung", as: "odt", in: fixture, savedAs: "Tình hình chung (vp).odt")
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.map { $0.text(in: .en) } == [])
        #expect(expected.contains("Trong tháng 5 vừa qua, UBND tỉnh đã tiếp nhận và xử lý 3.384 văn bản đến"))
        #expect(assembly.report.allText.contains("Trong tháng 5 vừa qua, UBND tỉnh đã tiếp nhận và xử lý 3.384 văn bản đến"))
        #expect(!assembly.report.allText.contains("chưa gửi báo cáo"))
    }

    @Test("a document whose name names no department, several, or no expected key is reported with what is known")
    func badNames() throws {
        let fixture = try AssemblyFixture()
        try Data("PK".utf8).write(to: fixture.sample("quychelamviec.docx"))
        try Data("PK".utf8).write(to: fixture.sample("Bao cao SCT va SNN.docx"))
        try Data("PK".utf8).write(to: fixture.sample("Bao cao thang 5 - VP.docx"))
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        let known = "vp, skhdt, snn, sct, svhttdl, sgtvt, syt, sgddt, sldtbxh"
        #expect(errors.contains { $0.hasSuffix("quychelamviec.docx: error: the file name names no department; put the department's id in it, for example 'skhdt-tong-quan.docx' (known: \(known))") }, "\(errors)")
        #expect(errors.contains { $0.hasSuffix("Bao cao SCT va SNN.docx: error: the file name names several departments (snn, sct); keep one (known: \(known))") })
        #expect(errors.contains { $0.hasSuffix("Bao cao thang 5 - VP.docx: error: the file name does not tell which narrative of vp it is; the outline expects: tinh-hinh-chung, quy-che-lam-viec (for example 'vp-tinh-hinh-chung.docx')") })
    }

    @Test("lock files and folder litter are noted and ignored")
    func systemFilesAreIgnored() throws {
        let fixture = try AssemblyFixture()
        for name in ["~$-quy-che-lam-viec.docx", "Thumbs.db", "desktop.ini", ".DS_Store", ".~lock.vp-quy-che-lam-viec.odt#"] {
            try Data([0x00, 0xFF]).write(to: fixture.sample(name))
        }
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.isEmpty && assembly.log.warnings.isEmpty)
        #expect(assembly.log.notes.map { $0.text(in: .vi) }.sorted() == ["Thumbs.db", "desktop.ini", "~$-quy-che-lam-viec.docx"].sorted().map {
            "\(fixture.sample($0).path): ghi chú: không phải báo cáo (tệp khóa của Office hoặc tệp hệ thống); bỏ qua"
        }.sorted())
    }

    @Test("a file whose name names one department while it declares another is an error naming both")
    func nameAndDeclarationDiffer() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sgddt.yaml", replacing: "department: sgddt", with: "department: sct")
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .vi) }
        #expect(errors.contains {
            $0.hasSuffix("sgddt.yaml:2:13: lỗi: tên tệp ghi đơn vị 'sgddt' nhưng nội dung khai báo đơn vị 'sct'; hãy sửa tên tệp hoặc dòng department; tệp bị bỏ qua")
        }, "\(errors)")
    }

    @Test("a hostile document is refused with its file named, and the month still assembles")
    func hostileDocument() throws {
        let fixture = try AssemblyFixture()
        try Data("không phải tệp Word".utf8).write(to: fixture.sample("vp-bao-cao-them.docx"))
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.map { $0.text(in: .en) }.contains { $0.contains("vp-bao-cao-them.docx: error: cannot read as DOCX: not a zip file") })
    }
}
