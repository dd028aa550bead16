import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// The independent checker on a report with every construct, annexes included: zip, content
/// types and relationships, ISO/IEC 29500 transitional schemas, and a LibreOffice import.
@Suite("DOCX schema validity (check_docx.sh --xsd)")
struct DOCXSchemaTests {
    @Test(.tags(.external)) func fixtureWithAnnexesPassesTheSchemasAndOpensInLibreOffice() throws {
        var report = OfficialReportFixture.report()
        report.annexes = [
            Annex(title: "Biểu thống kê", blocks: [.table(OfficialReportFixture.mergedTable)]),
            Annex(title: "Danh mục văn bản", blocks: [.paragraph([.text("Quyết định số 38/2021/QĐ-UBND.")])]),
        ]
        let (url, _) = try DOCXOutput.export(report)
        let verdict = try SharedChecker.check(
            url, with: "check_docx.sh", options: ["--xsd"], expecting: ["Phụ lục II", "BIỂU THỐNG KÊ", "Trịnh Sỹ Tài"])
        #expect(verdict.passed, "check_docx.sh failed:\n\(verdict.transcript)")
        #expect(verdict.output.stdout.contains("PASS XSD (ISO/IEC 29500-4:2016 transitional)"))
        #expect(verdict.output.stdout.contains("RESULT PASS"))

        // Each annex is its own section, numbered from 1 with no number on its first page.
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.occurrences(of: "<w:sectPr>") == 3)
        #expect(document.occurrences(of: "<w:pgNumType w:start=\"1\"/>") == 2)
        #expect(document.contains("(Kèm theo Báo cáo số 125/BC-VP ngày 25 tháng 5 năm 2023 của Văn phòng)"))
    }
}
