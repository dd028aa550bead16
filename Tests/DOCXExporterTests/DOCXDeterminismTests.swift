import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation
import Testing

@Suite("DOCX determinism and character safety")
struct DOCXDeterminismTests {
    @Test func sameReportGivesIdenticalBytes() throws {
        let first = try DOCXOutput.export(OfficialReportFixture.report()).url
        let second = try DOCXOutput.export(OfficialReportFixture.report()).url
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test(.tags(.external)) func forbiddenCharactersAreRemovedWithAWarning() throws {
        var report = OfficialReportFixture.report()
        report.subject = "Báo cáo\u{0001} tháng\u{FFFF} 5"
        report.preamble = [.paragraph([.text("Dòng có ký tự \u{000B}điều khiển & <dấu> \"nháy\"."), .footnoteReference("hop")])]
        let (url, log) = try DOCXOutput.export(report)
        #expect(log.warnings.map { $0.text(in: .en) } == [
            "docProps/core.xml: warning: removed 2 character(s) that XML 1.0 forbids (control characters)",
            "word/document.xml: warning: removed 3 character(s) that XML 1.0 forbids (control characters)",
        ])
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.contains("Báo cáo tháng 5"))
        #expect(document.contains("Dòng có ký tự điều khiển &amp; &lt;dấu&gt; &quot;nháy&quot;."))
        let extracted = try TestPaths.scratchDirectory().appendingPathComponent("document.xml")
        try Data(document.utf8).write(to: extracted)
        #expect(try ExternalTool.run("xmllint", ["--noout", "--nonet", extracted.path]).status == 0)
    }

    @Test func layoutOutsideTheDecreeIsRefused() throws {
        var layout = PageLayout()
        layout.bodySize = 12
        #expect(throws: BaoCaoError.self) {
            try DOCXExporter().export(OfficialReportFixture.report(), options: ExportOptions(layout: layout), log: DiagnosticLog())
        }
    }
}
