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

    @Test("the figures of a failed check are highlighted in the draft's text, and only they")
    func failedFiguresAreHighlighted() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: ";81;22;18;32;09;", with: ";81;22;18;32;10;")
        let report = try fixture.assemble().report
        var highlighted: [String] = []
        func collect(_ inlines: [Inline]) {
            for inline in inlines {
                guard case .styled(let style, let children) = inline else { continue }
                if style == .highlight { highlighted.append(Inline.plainText(children)) } else { collect(children) }
            }
        }
        report.forEachInlineRun(includingFootnotes: true, collect)
        #expect(highlighted == ["81", "22", "18", "32", "10"])
        #expect(!report.allText.contains("\u{E000}") && !report.allText.contains("\u{E001}"))
        #expect(try AssemblyFixture().assemble().report.allText.contains("81 nhiệm vụ"))
    }

    @Test("DOCX marks them with w:highlight and ODT with a highlighted text style", .tags(.external))
    func highlightInThePackages() throws {
        let (_, out) = try draft(formats: "docx,odt")
        let document = try UnzippedPackage.part("word/document.xml", of: out.appendingPathComponent("bao-cao-2023-05.docx"))
        #expect(document.contains("<w:highlight w:val=\"yellow\"/></w:rPr><w:t xml:space=\"preserve\">81</w:t>"))
        let odt = out.appendingPathComponent("bao-cao-2023-05.odt")
        #expect(try UnzippedPackage.part("content.xml", of: odt).contains("<text:span text:style-name=\"Danh_dau\">81</text:span>"))
        #expect(try UnzippedPackage.part("styles.xml", of: odt).contains("fo:background-color=\"#ffff00\""))
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
