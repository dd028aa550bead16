import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation
import Testing

@Suite("DOCX package parts")
struct DOCXPackageTests {
    @Test(.tags(.external)) func packageHoldsEveryPartInAFixedOrder() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        #expect(try UnzippedPackage.entryNames(of: url) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/_rels/document.xml.rels",
            "word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml", "word/settings.xml",
            "word/header1.xml", "word/header2.xml",
        ])
        let types = try DOCXOutput.part("[Content_Types].xml", of: url)
        for part in ["document", "footnotes", "numbering", "styles", "settings", "header1", "header2"] {
            #expect(types.contains("PartName=\"/word/\(part).xml\""))
        }
        let relationships = try DOCXOutput.part("word/_rels/document.xml.rels", of: url)
        #expect(relationships.occurrences(of: "<Relationship ") == 6)
    }

    @Test(.tags(.external)) func corePropertiesComeFromTheReport() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let core = try DOCXOutput.part("docProps/core.xml", of: url)
        #expect(core.contains("<dc:title>Công tác chỉ đạo điều hành tháng 5 năm 2023 của UBND tỉnh, Chủ tịch UBND tỉnh</dc:title>"))
        #expect(core.contains("<dc:language>vi-VN</dc:language>"))
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-05-25T00:00:00Z</dcterms:created>"))
        #expect(core.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2023-05-25T00:00:00Z</dcterms:modified>"))
        #expect(!core.contains("contentStatus"))
        let app = try DOCXOutput.part("docProps/app.xml", of: url)
        #expect(app.contains("<Company>UBND TỈNH CAO BẰNG</Company>"))
    }

    @Test(.tags(.external)) func stylesUseTimesNewRomanInAllSlotsAndVietnamese() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let styles = try DOCXOutput.part("word/styles.xml", of: url)
        #expect(styles.contains(
            "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"))
        #expect(styles.contains("<w:lang w:val=\"vi-VN\""))
        // Body: 14 pt, justified, 1 cm first-line indent (567 twips), 6 pt (120 twips) before, single spacing.
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))
        #expect(styles.contains(
            "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>"))
        for level in 1...4 { #expect(styles.contains("w:styleId=\"Heading\(level)\"")) }
        #expect(styles.contains("<w:name w:val=\"heading 1\"/>"))
        #expect(try DOCXOutput.part("word/settings.xml", of: url).contains("<w:themeFontLang w:val=\"vi-VN\"/>"))
    }

    @Test(.tags(.external)) func pageNumbersAreCentredAtTheTopFromPageTwo() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.contains("<w:headerReference w:type=\"default\" r:id=\"rId5\"/><w:headerReference w:type=\"first\" r:id=\"rId6\"/>"))
        #expect(document.contains("<w:titlePg/>"))
        // A4 portrait, margins 20/15/20/30 mm.
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""))
        let pageNumber = try DOCXOutput.part("word/header1.xml", of: url)
        #expect(pageNumber.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        #expect(pageNumber.contains("<w:pStyle w:val=\"Header\"/>"))
        let first = try DOCXOutput.part("word/header2.xml", of: url)
        #expect(!first.contains("PAGE"))
    }
}
