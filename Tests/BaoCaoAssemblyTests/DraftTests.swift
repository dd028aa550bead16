import BaoCaoAssembly
import BaoCaoCLI
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("A draft cannot be mistaken for the issued report", .serialized)
struct DraftTests {
    /// The sample month with a planted tally mistake, assembled with --draft into `out`.
    private func draft(formats: String) throws -> (fixture: AssemblyFixture, out: URL) {
        let fixture = try AssemblyFixture()
        try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: ";81;22;18;32;09;", with: ";81;22;18;32;10;")
        let out = try TestPaths.scratchDirectory().appendingPathComponent("out")
        let code = CommandLineTool.run(
            ["assemble", "--quiet", "--draft", "--config", fixture.config.path, "--out", out.path, "--to", formats], errorOutput: { _ in })
        #expect(code == 0)
        return (fixture, out)
    }

    @Test("number and day are left blank, as a draft is filed")
    func blankNumberAndDay() throws {
        let assembly = try {
            let fixture = try AssemblyFixture()
            try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: ";81;22;18;32;09;", with: ";81;22;18;32;10;")
            return try fixture.assemble()
        }()
        #expect(assembly.report.isDraft)
        #expect(VietnameseFormat.numberLine(assembly.report.header.number) == "Số:       /BC-VP")
        #expect(VietnameseFormat.placeAndDate(place: "Cao Bằng", date: assembly.report.header.date) == "Cao Bằng, ngày        tháng 5 năm 2023")
        let final = try AssemblyFixture().assemble()
        #expect(!final.report.isDraft)
        #expect(VietnameseFormat.numberLine(final.report.header.number) == "Số: 125/BC-VP")
    }

    @Test("DỰ THẢO is in the header of every page, in DOCX and in ODT, as LibreOffice prints them",
          .tags(.external), arguments: [("docx", "check_docx.sh"), ("odt", "check_odt.sh")])
    func draftMarkOnEveryPage(_ format: String, _ checker: String) throws {
        let (_, out) = try draft(formats: format)
        let verdict = try SharedChecker.check(out.appendingPathComponent("bao-cao-2023-05.\(format)"), with: checker)
        #expect(verdict.passed, "\(verdict.transcript)")
        #expect(verdict.pages.count > 3)
        for (index, page) in verdict.pages.enumerated() {
            #expect(page.contains("DỰ THẢO"), "page \(index + 1) has no draft mark")
        }
        #expect(!verdict.text.contains("125/BC-VP"))
    }
}
