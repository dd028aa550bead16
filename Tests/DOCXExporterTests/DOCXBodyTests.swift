import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("DOCX body: headings, lists, tables, footnotes")
struct DOCXBodyTests {
    @Test(.tags(.external)) func headingsTakeTheStyleOfTheirNumber() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        for (style, text) in [("Heading1", "I. "), ("Heading2", "1. "), ("Heading3", "1.1. "), ("Heading4", "a) "), ("Heading1", "II. ")] {
            #expect(document.contains("<w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(text)"))
        }
        let styles = try DOCXOutput.part("word/styles.xml", of: url)
        // "I." headings are bold upper case, "1.1." bold italic, "a)" regular.
        #expect(styles.contains("<w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/></w:rPr>"))
        #expect(styles.contains("<w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>"))
        #expect(styles.contains("<w:outlineLvl w:val=\"3\"/></w:pPr></w:style>"))
    }

    @Test(.tags(.external)) func numberWithoutTitleIsSetAsRegularBodyText() throws {
        var report = OfficialReportFixture.report()
        report.sections[1].subsections = [Section(number: "1.", title: [], blocks: [.paragraph([.text("Nội dung khoản.")])])]
        let (url, _) = try DOCXOutput.export(report)
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.contains("<w:pStyle w:val=\"BodyText\"/><w:keepNext/></w:pPr><w:r><w:t xml:space=\"preserve\">1.</w:t>"))
    }

    @Test(.tags(.external)) func listsAreRealWordListsThatRestart() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.occurrences(of: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") == 2)
        #expect(document.occurrences(of: "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>") == 2)
        let numbering = try DOCXOutput.part("word/numbering.xml", of: url)
        #expect(numbering.contains("<w:numFmt w:val=\"bullet\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"-\"/>"))
        #expect(numbering.contains("<w:numFmt w:val=\"decimal\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"%2.\"/>"))
        #expect(numbering.contains(
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"3\"/></w:lvlOverride></w:num>"))
        // Every abstract list comes before the first instance, as the schema wants.
        #expect(numbering.range(of: "<w:abstractNum ", options: .backwards)!.lowerBound < numbering.range(of: "<w:num ")!.lowerBound)
    }

    @Test(.tags(.external)) func tablesHaveBordersRepeatingHeaderAndMergedCells() throws {
        let (url, _) = try DOCXOutput.export(OfficialReportFixture.report())
        let document = try DOCXOutput.part("word/document.xml", of: url)
        #expect(document.contains("<w:tblStyle w:val=\"TableGrid\"/>"))
        #expect(document.occurrences(of: "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>") == 2)
        #expect(document.contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(document.contains("<w:vMerge w:val=\"restart\"/>"))
        #expect(document.contains("<w:vMerge w:val=\"continue\"/>"))
        // Columns in the proportions 3 : 1.5 : 1.5 of the 16.5 cm text area.
        #expect(document.contains("<w:gridCol w:w=\"4677\"/><w:gridCol w:w=\"2338\"/><w:gridCol w:w=\"2339\"/>"))
        #expect(document.contains("<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">98.842"))
        let styles = try DOCXOutput.part("word/styles.xml", of: url)
        #expect(styles.contains("<w:insideH w:val=\"single\""))
    }

    @Test(.tags(.external)) func footnotesAreRealWordFootnotesInOrderOfReference() throws {
        let (url, log) = try DOCXOutput.export(OfficialReportFixture.report())
        #expect(log.entries.isEmpty)
        let document = try DOCXOutput.part("word/document.xml", of: url)
        for number in 1...4 {
            #expect(document.contains("<w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(number)\"/>"))
        }
        let notes = try DOCXOutput.part("word/footnotes.xml", of: url)
        #expect(notes.contains("<w:footnote w:type=\"separator\" w:id=\"-1\">"))
        #expect(notes.contains("<w:footnote w:type=\"continuationSeparator\" w:id=\"0\">"))
        #expect(notes.contains("<w:continuationSeparator/>"))
        let order = ["Phiên họp UBND tỉnh", "Quyết định số 38/2021", "Số liệu của Sở", "Nhiệm vụ do Chính phủ"]
        let positions = order.map { notes.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(notes.occurrences(of: "<w:footnoteRef/>") == 4)
        let settings = try DOCXOutput.part("word/settings.xml", of: url)
        #expect(settings.contains("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"))
    }

    @Test(.tags(.external)) func footnotesWithoutReferenceOrTextAreReported() throws {
        var report = OfficialReportFixture.report()
        report.footnotes.removeFirst()
        report.footnotes.append(Footnote(id: "lost", blocks: [.paragraph([.text("Không ai dẫn tới.")])]))
        let (url, log) = try DOCXOutput.export(report)
        #expect(log.warnings.count == 2)
        #expect(log.warnings.allSatisfy { $0.location != nil })
        #expect(log.warnings.contains { $0.message.en.contains("[^hop]") })
        #expect(log.warnings.contains { $0.message.en.contains("[^lost]") })
        let notes = try DOCXOutput.part("word/footnotes.xml", of: url)
        #expect(notes.occurrences(of: "<w:footnoteRef/>") == 3)
        #expect(!notes.contains("Không ai dẫn tới."))
    }
}
