import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTExporter
import Testing

/// What content.xml and styles.xml say: header lines, padded numbers, draft blanks, lists, tables,
/// footnotes, page numbers and the cleaning of forbidden characters.
@Suite struct ODTContentTests {
    @Test(.tags(.external)) func headerAndFinalBlockHoldTheOfficialLines() throws {
        let content = try ExportedFile(odt: OfficialReportFixture.report()).part("content.xml")
        for line in [
            "UBND TỈNH CAO BẰNG", "VĂN PHÒNG", "Số: 125/BC-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Cao Bằng, ngày 25 tháng 5 năm 2023", "BÁO CÁO", OfficialReportFixture.subject,
            "Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, TH(Nh).", "CHÁNH VĂN PHÒNG", "Trịnh Sỹ Tài",
        ] {
            #expect(content.contains(">\(line)<"), "missing \(line)")
        }
        #expect(!content.contains("___"), "rules are borders, never underscores")
        #expect(content.contains(#"style:name="Ke_tieu_ngu""#) && content.contains(#"fo:border-bottom="0.5pt solid #000000""#))
    }

    @Test(.tags(.external)) func januaryDateAndSmallNumberArePadded() throws {
        let content = try ExportedFile(odt: OfficialReportFixture.report(header: OfficialReportFixture.januaryHeader)).part("content.xml")
        #expect(content.contains(">Số: 07/BC-VP<"))
        #expect(content.contains(">Cao Bằng, ngày 05 tháng 01 năm 2024<"))
    }

    @Test(.tags(.external)) func draftKeepsItsBlanksAsSpaceElements() throws {
        let odt = try ExportedFile(odt: OfficialReportFixture.report(header: OfficialReportFixture.draftHeader, isDraft: true))
        let content = try odt.part("content.xml")
        // "Số: " then the six-space blank: one plain space, six kept by text:s (ODF collapses plain runs).
        #expect(content.contains(#">Số: <text:s text:c="6"/>/BC-VP<"#))
        #expect(content.contains(#">Cao Bằng, ngày <text:s text:c="7"/>tháng 5 năm 2023<"#))
        #expect(try odt.part("meta.xml").contains("<meta:keyword>\(OfficialText.draftMark)</meta:keyword>"))
        #expect(content.contains(#"<text:p text:style-name="Ten_loai">DỰ THẢO</text:p><table:table table:name="Đầu trang""#))
    }

    @Test(.tags(.external)) func headingsCarryTheirLevelAndUpperCaseForMuc() throws {
        let content = try ExportedFile(odt: OfficialReportFixture.report()).part("content.xml")
        #expect(content.contains(#"<text:h text:style-name="Muc" text:outline-level="1">I. KẾT QUẢ ĐẠT ĐƯỢC</text:h>"#))
        #expect(content.contains(#"<text:h text:style-name="Khoan" text:outline-level="2">1. Công tác chỉ đạo điều hành</text:h>"#))
        #expect(content.contains(#"<text:h text:style-name="Tieu_khoan" text:outline-level="3">1.1. Thu ngân sách</text:h>"#))
        #expect(content.contains(#"<text:h text:style-name="Diem" text:outline-level="4">a) Nông nghiệp</text:h>"#))
    }

    @Test(.tags(.external)) func listsUseRealListStylesAndKeepTheirStart() throws {
        let odt = try ExportedFile(odt: OfficialReportFixture.report())
        let content = try odt.part("content.xml")
        #expect(content.contains(#"<text:list text:style-name="Gach_dau_dong"><text:list-item><text:p text:style-name="Danh_sach">"#))
        #expect(content.contains(#"<text:list text:style-name="Danh_so"><text:list-item text:start-value="3">"#))
        let styles = try odt.part("styles.xml")
        #expect(styles.contains(#"<text:list-style style:name="Gach_dau_dong""#))
        #expect(styles.contains(#"text:level="1" text:bullet-char="-""#))
        #expect(styles.contains(#"<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">"#))
    }

    @Test(.tags(.external)) func tableHasHeaderRowsAndMergedCells() throws {
        let content = try ExportedFile(odt: OfficialReportFixture.report()).part("content.xml")
        #expect(content.contains("<table:table-header-rows>"))
        #expect(content.contains(#"table:number-rows-spanned="2""#))
        #expect(content.contains(#"table:number-columns-spanned="2""#))
        // Row 1 covers column C (right of "Năm 2023"); row 2 covers column A (under "Chỉ tiêu").
        #expect(content.occurrences(of: "<table:covered-table-cell/>") == 2)
        #expect(content.contains(#"<text:p text:style-name="Bang_phai">98.842</text:p>"#))
    }

    @Test(.tags(.external)) func footnotesAreNumberedNotesAndRepeatsAreReferences() throws {
        let content = try ExportedFile(odt: OfficialReportFixture.report()).part("content.xml")
        #expect(content.occurrences(of: #"text:note-class="footnote"><text:note-citation>"#) == 4)
        #expect(content.contains(#"<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>"#))
        #expect(content.contains(#"<text:note-ref text:note-class="footnote" text:reference-format="text" text:ref-name="ftn1">1</text:note-ref>"#))
        #expect(content.contains(">Số liệu của Sở Nông nghiệp và Phát triển nông thôn.<"))
    }

    @Test func unreferencedFootnoteIsWarnedLikeInDOCX() throws {
        var report = OfficialReportFixture.report()
        report.footnotes.append(Footnote(id: "lost", blocks: [.paragraph([.text("Không ai dẫn tới.")])]))
        let odt = try ExportedFile(odt: report)
        #expect(odt.log.warnings.map { $0.text(in: .en) } == ["content.xml: warning: footnote [^lost] is never referred to and is left out"])
    }

    @Test(.tags(.external)) func missingFootnoteIsWarnedAndLeftOut() throws {
        var report = OfficialReportFixture.report()
        report.preamble.append(.paragraph([.text("Xem thêm"), .footnoteReference("khong-co")]))
        let odt = try ExportedFile(odt: report)
        #expect(odt.log.warnings.contains { $0.message.en.contains("khong-co") })
        #expect(!(try odt.part("content.xml")).contains("khong-co"))
    }

    @Test(.tags(.external)) func pageNumberIsInTheHeaderButNotOnPageOne() throws {
        let styles = try ExportedFile(odt: OfficialReportFixture.report()).part("styles.xml")
        #expect(styles.contains(#"<style:header><text:p text:style-name="Header"><text:page-number text:select-page="current">"#))
        #expect(styles.contains(#"<style:header-first><text:p text:style-name="Header"/></style:header-first>"#))
    }

    @Test(.tags(.external)) func forbiddenCharactersAreRemovedWithAWarning() throws {
        var report = OfficialReportFixture.report()
        report.preamble.append(.paragraph([.text("Ký tự\u{0001} điều khiển\u{000B}")]))
        let odt = try ExportedFile(odt: report)
        #expect(try odt.part("content.xml").contains(">Ký tự điều khiển<"))
        #expect(odt.log.warnings.contains { $0.message.en.contains("removed 2 character") })
    }

    @Test(.tags(.external)) func markupCharactersAreEscapedEverywhere() throws {
        var report = OfficialReportFixture.report()
        report.subject = "Thu <chi> & \"nợ\" 'đọng'"
        report.preamble = [.paragraph([.text("a < b && c > d")])]
        let odt = try ExportedFile(odt: report)
        #expect(try odt.part("content.xml").contains(">a &lt; b &amp;&amp; c &gt; d<"))
        #expect(try odt.part("meta.xml").contains("<dc:title>Thu &lt;chi&gt; &amp; &quot;nợ&quot; 'đọng'</dc:title>"))
    }

    @Test(.tags(.external)) func runsOfSpacesTabsAndBreaksSurvive() throws {
        var report = OfficialReportFixture.report()
        report.preamble = [.paragraph([.text("  hai   ba\tmột"), .lineBreak, .text(" dòng")])]
        let content = try ExportedFile(odt: report).part("content.xml")
        #expect(content.contains(#"<text:s text:c="2"/>hai <text:s text:c="2"/>ba<text:tab/>một<text:line-break/><text:s/>dòng"#))
    }
}
