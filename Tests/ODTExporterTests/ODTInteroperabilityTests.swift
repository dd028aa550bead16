import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// The fixture report through the independent checker (strict ODF 1.3 schema, LibreOffice) and pandoc.
@Suite struct ODTInteroperabilityTests {
    /// The January fixture (number 7, 5 January 2024), whose padded forms LibreOffice must show.
    @Test func januaryFixturePassesStrictCheckAndLibreOfficeShowsEveryLine() throws {
        let odt = try ExportedODT(ReportFixture.report(header: ReportFixture.januaryHeader))
        let january = ["Số: 07/BC-VP", "Cao Bằng, ngày 05 tháng 01 năm 2024"]
        let expected = ReportFixture.expectedStrings.filter { !$0.hasPrefix("Số:") && !$0.hasPrefix("Cao Bằng,") } + january
        let result = try ODTChecker.check(odt.url, expecting: expected)
        #expect(result.status == 0, "check_odt.sh failed:\n\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("PASS RELAX NG, strict"))
    }

    @Test func pandocReadsTheTextAndFootnotesBack() throws {
        let odt = try ExportedODT(ReportFixture.report())
        let output = try ExternalTool.run("pandoc", ["-f", "odt", "-t", "plain", "--wrap=none", odt.url.path])
        #expect(output.status == 0, "\(output.stderr)")
        let text = output.stdout
        for line in ["Thu xuất nhập khẩu", "Giải ngân vốn đầu tư công;", "Trịnh Sỹ Tài", "Số: 125/BC-VP"] {
            #expect(text.contains(line), "pandoc lost \(line)")
        }
        #expect(text.contains("[1] Phiên họp UBND tỉnh thường kỳ tháng 4 năm 2023."))
        #expect(text.contains("[4] Nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao."))
    }
}
