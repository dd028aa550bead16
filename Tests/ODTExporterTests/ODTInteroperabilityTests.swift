import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// The fixture report through the independent checker (strict ODF 1.3 schema, LibreOffice) and pandoc.
@Suite struct ODTInteroperabilityTests {
    /// The January fixture (number 7, 5 January 2024), whose padded forms LibreOffice must show.
    @Test(.tags(.external)) func januaryFixturePassesStrictCheckAndLibreOfficeShowsEveryLine() throws {
        let odt = try ExportedFile(odt: OfficialReportFixture.report(header: OfficialReportFixture.januaryHeader))
        let january = ["Số: 07/BC-VP", "Cao Bằng, ngày 05 tháng 01 năm 2024"]
        let expected = OfficialReportFixture.expectedStrings.filter { !$0.hasPrefix("Số:") && !$0.hasPrefix("Cao Bằng,") } + january
        let verdict = try SharedChecker.check(odt.url, with: "check_odt.sh", expecting: expected)
        #expect(verdict.passed, "check_odt.sh failed:\n\(verdict.transcript)")
        #expect(verdict.output.stdout.contains("PASS RELAX NG, strict"))
    }

    /// Page numbers: none on page 1, then 2, 3, …; each annex starts unnumbered and counts from 1.
    @Test(.tags(.external)) func annexesAreNumberedOnTheirOwnAndNoFirstPageShowsANumber() throws {
        var report = OfficialReportFixture.report()
        let rows = (1...70).map { TableRow(cells: [TableCell(text: "Chỉ tiêu \($0)"), TableCell(text: "\($0)", alignment: .right)]) }
        let long = Table(headerRowCount: 1, rows: [TableRow(cells: [TableCell(text: "Chỉ tiêu"), TableCell(text: "Giá trị")])] + rows)
        report.annexes = [
            Annex(title: "Biểu thống kê", blocks: [.table(long)]),
            Annex(title: "Biểu tổng hợp", blocks: [.paragraph([.text("Một trang.")])]),
            Annex(title: "Biểu cuối", blocks: [.table(long)]),
        ]
        let odt = try ExportedFile(odt: report)
        let verdict = try SharedChecker.check(odt.url, with: "check_odt.sh", expecting: ["Phụ lục I", "Phụ lục II", "Phụ lục III"])
        #expect(verdict.passed, "check_odt.sh failed:\n\(verdict.transcript)")
        let numbers = verdict.pages.map(SharedChecker.pageNumber)
        let annexStarts = verdict.pages.indices.filter { verdict.pages[$0].contains("Phụ lục ") && verdict.pages[$0].contains("(Kèm theo") }
        #expect(annexStarts.count == 3, "annex first pages: \(annexStarts)")
        #expect(numbers.first == .some(nil), "page 1 shows a number")
        var expected: Int? = nil
        for (index, number) in numbers.enumerated() {
            if index == 0 || annexStarts.contains(index) {
                #expect(number == nil, "page \(index + 1) starts a part and must show no number")
                expected = 2
            } else {
                #expect(number == expected, "page \(index + 1) shows \(String(describing: number)), expected \(String(describing: expected))")
                expected = (expected ?? 1) + 1
            }
        }
    }

    @Test(.tags(.external)) func pandocReadsTheTextAndFootnotesBack() throws {
        let odt = try ExportedFile(odt: OfficialReportFixture.report())
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
