import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("DOCX page 1 and final block")
struct DOCXPageOneTests {
    /// The text runs of document.xml in order.
    private func texts(_ document: String) -> [String] {
        document.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
    }

    @Test(.tags(.external)) func headerTableHoldsIssuerNumberMottoPlaceAndDate() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        let lines = texts(document)
        #expect(Array(lines.prefix(8)) == [
            "UBND TỈNH CAO BẰNG", "VĂN PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 125/BC-VP", "Cao Bằng, ngày 25 tháng 5 năm 2023", "BÁO CÁO",
            "Công tác chỉ đạo điều hành tháng 5 năm 2023 của UBND tỉnh, Chủ tịch UBND tỉnh",
        ])
        // Borderless 6.5 + 10 cm columns.
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
        #expect(document.contains("<w:gridCol w:w=\"3685\"/><w:gridCol w:w=\"5669\"/>"))
        #expect(document.contains("<w:insideV w:val=\"nil\"/>"))
        // Parent upright 13, issuer bold 13, national name bold 13, motto bold 14, place and date italic 14.
        #expect(document.contains("<w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">UBND TỈNH CAO BẰNG"))
        #expect(document.contains("<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">VĂN PHÒNG"))
        #expect(document.contains("<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">CỘNG HÒA"))
        #expect(document.contains("<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Độc lập"))
        #expect(document.contains("<w:i/><w:iCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Cao Bằng"))
    }

    @Test(.tags(.external)) func rulesAreParagraphBordersOfComputedWidthNeverUnderscores() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(!document.contains("___"))
        #expect(document.occurrences(of: "<w:pBdr><w:bottom w:val=\"single\"") == 3)
        // The motto rule is as long as the motto (6.05 cm in Liberation Serif Bold 14 pt, whose
        // advances are Times New Roman's), centred in the 10 cm column.
        let layout = PageLayout()
        let motto = OfficialRules.motto(layout: layout, column: 10)
        #expect(abs(motto.width - 6.046) < 0.01)
        let side = Int((motto.sideIndent * 1440 / 2.54).rounded())
        #expect(document.contains("<w:ind w:left=\"\(side)\" w:right=\"\(side)\" w:firstLine=\"0\"/>"))
    }

    @Test func issuerOnTwoLinesIsMeasuredByItsLongestLine() {
        let layout = PageLayout()
        let twoLines = OfficialRules.issuer("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG", layout: layout, column: 6.5)
        let longest = OfficialRules.issuer("ỦY BAN NHÂN DÂN", layout: layout, column: 6.5)
        #expect(twoLines == longest)
        #expect(abs(twoLines.width * 2 - TextMetrics.width(of: "ỦY BAN NHÂN DÂN", size: 13)) < 0.001)
    }

    @Test(.tags(.external)) func januaryDateAndNumberBelowTenArePadded() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report(header: OfficialReportFixture.januaryHeader))
        let lines = texts(try DOCXOutput.part("word/document.xml", of: url))
        #expect(lines.contains("Số: 07/BC-VP"))
        #expect(lines.contains("Cao Bằng, ngày 05 tháng 01 năm 2024"))
    }

    @Test(.tags(.external)) func draftShowsTheBlanksAClerkFillsIn() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report(header: OfficialReportFixture.draftHeader, isDraft: true))
        let lines = texts(try DOCXOutput.part("word/document.xml", of: url))
        let blank = VietnameseFormat.blank
        #expect(lines.first == OfficialText.draftMark)
        #expect(lines.contains("Số: \(blank)/BC-VP"))
        #expect(lines.contains("Cao Bằng, ngày \(blank) tháng 5 năm 2023"))
        let core = try DOCXOutput.part("docProps/core.xml", of: url)
        #expect(core.contains("<cp:contentStatus>DỰ THẢO</cp:contentStatus>"))
        #expect(core.contains("2023-05-01T00:00:00Z"))
    }

    @Test(.tags(.external)) func finalBlockHoldsDistributionAndSignature() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        let lines = texts(document)
        #expect(Array(lines.suffix(7)) == [
            "Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Ban Dân vận Tỉnh ủy;", "- Các thành viên UBND tỉnh;",
            "- Lưu: VT, TH(Nh).", "CHÁNH VĂN PHÒNG", "Trịnh Sỹ Tài",
        ])
        // "Nơi nhận:" bold italic 12, items 11, signature bold 14 with 72 pt of room above the name.
        #expect(document.contains("<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">Nơi nhận:"))
        #expect(document.contains("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr><w:t xml:space=\"preserve\">- Lưu: VT, TH(Nh)."))
        #expect(document.contains("<w:spacing w:before=\"1440\"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/>"))
        #expect(document.contains("<w:gridCol w:w=\"3969\"/><w:gridCol w:w=\"5386\"/>"))
    }

    @Test(.tags(.external)) func marginsAreConfigurableWithinTheDecreesRanges() throws {
        var layout = PageLayout()
        layout.marginTop = 25
        layout.marginLeft = 35
        layout.marginRight = 20
        layout.headerColumns = [6.0, 9.5]
        layout.signatureColumns = [6.0, 9.5]
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report(), layout: layout)
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.contains("<w:pgMar w:top=\"1417\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1984\""))

        layout.marginLeft = 25
        #expect(throws: BaoCaoError.self) { try DOCXOutput.export(OfficialReportFixture.report(), layout: layout) }
    }
}
