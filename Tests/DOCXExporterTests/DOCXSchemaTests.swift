import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// The independent checker on a report with every construct, annexes included: zip, content
/// types and relationships, ISO/IEC 29500 transitional schemas, and a LibreOffice import.
@Suite("DOCX schema validity (check_docx.sh --xsd)")
struct DOCXSchemaTests {
    @Test func fixtureWithAnnexesPassesTheSchemasAndOpensInLibreOffice() throws {
        var report = OfficialReportFixture.report()
        report.annexes = [
            Annex(title: "Biểu thống kê", blocks: [.table(OfficialReportFixture.mergedTable)]),
            Annex(title: "Danh mục văn bản", blocks: [.paragraph([.text("Quyết định số 38/2021/QĐ-UBND.")])]),
        ]
        let (url, _) = try DOCXOutput.export(report)
        let result = try ExternalTool.run(DOCXOutput.checker, [
            "--xsd", "--expect", "Phụ lục II", "--expect", "BIỂU THỐNG KÊ", "--expect", "Trịnh Sỹ Tài", url.path,
        ])
        #expect(result.status == 0, "check_docx.sh failed:\n\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("PASS XSD (ISO/IEC 29500-4:2016 transitional)"))
        #expect(result.stdout.contains("RESULT PASS"))

        // Each annex is its own section, numbered from 1 with no number on its first page.
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.occurrences(of: "<w:sectPr>") == 3)
        #expect(document.occurrences(of: "<w:pgNumType w:start=\"1\"/>") == 2)
        #expect(document.contains("(Kèm theo Báo cáo số 125/BC-VP ngày 25 tháng 5 năm 2023 của Văn phòng)"))
    }
}
