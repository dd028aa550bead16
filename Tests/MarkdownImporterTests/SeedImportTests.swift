import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import MarkdownImporter
import Testing

@Suite("Reading the seed, a report that came out of a PDF")
struct SeedImportTests {
    let log = DiagnosticLog()
    let report: Report

    init() throws {
        let data = try Data(contentsOf: TestPaths.seed)
        report = try MarkdownImporter().importReport(from: data, source: "seed.txt", log: log)
    }

    private var bodyText: String {
        var parts = report.preamble.map(\.plainText)
        report.forEachSection { section, _ in
            parts.append(section.headingText)
            parts += section.blocks.map(\.plainText)
        }
        return parts.joined(separator: "\n")
    }

    @Test func titleLinesBecomeTypeAndSubject() {
        #expect(report.documentType == "BÁO CÁO")
        #expect(report.subject == "Công tác chỉ đạo điều hành tháng 5 năm 2023 của UBND tỉnh, Chủ tịch UBND tỉnh")
    }

    @Test func footnoteBodiesMoveOutOfTheText() throws {
        #expect(report.footnotes.map(\.id) == ["1", "2", "3", "4"])
        #expect(report.footnoteOrder == ["1", "2", "3", "4"])
        #expect(report.footnotes[0].blocks == [.paragraph([.text("Chi tiết tại Biểu thống kê kèm theo")])])
        #expect(Inline.plainText([]).isEmpty)
        #expect(!bodyText.contains("Chi tiết tại Biểu thống kê"))
        #expect(!bodyText.contains("Hợp BCD diễn tập"))
        let note4 = try #require(report.footnote(withID: "4")).blocks.first?.plainText ?? ""
        #expect(note4.hasPrefix("Các cơ sở y tế") && note4.hasSuffix("83,1%."))
    }

    @Test func paragraphsCutByPageBreaksAreRejoined() {
        #expect(bodyText.contains("tổ chức thành công Phiên họp UBND tỉnh thường kỳ tháng 4 năm 2023"))
        #expect(bodyText.contains("thực hiện nhiệm vụ vụ do Chính phủ, Thủ tướng Chính phủ giao"))
        #expect(bodyText.contains("Làm việc với đồng chí Hậu A Lệnh, UVTW Đảng"))
        #expect(bodyText.contains("có khả năng chịu hạn được tăng lên"))
        // A real paragraph end without a full stop stays a paragraph end.
        #expect(!bodyText.contains("năm trước Thương mại"))
        #expect(log.warnings.filter { $0.message.en.hasPrefix("joined the paragraph") }.compactMap { $0.location?.line } == [17, 25, 37, 65])
    }

    @Test func referencesStandWhereTheSuperscriptsWere() throws {
        let first = try #require(report.sections.last?.subsections.first)
        let paragraph = first.blocks.first { $0.plainText.hasPrefix("Trong tháng 5 vừa qua") }
        guard case .paragraph(let inlines)? = paragraph else { Issue.record("paragraph not found"); return }
        #expect(inlines.contains(.footnoteReference("1")))
        #expect(Inline.plainText(inlines).contains("101 văn bản. Các văn bản"))
    }

    @Test func headingsFormATreeByTheirNumbers() {
        #expect(report.sections.map(\.number) == ["I.", "I."])
        #expect(report.sections[1].subsections.map(\.number) == ["1.", "2.", "3.", "4."])
        #expect(report.sections[1].subsections[1].headingText
                == "2. Triển khai các nhiệm vụ, chỉ đạo của Chính phủ, Thủ tướng Chính phủ và các bộ ngành trung ương")
    }

    @Test func inconsistentNumbersAreWarnedWithLinesNotChanged() {
        let messages = log.warnings.map { $0.text(in: .en) }
        #expect(messages.contains { $0.hasPrefix("seed.txt:13: warning: heading number 'I.' after 'I.' on line 7: expected 'II.'") })
        #expect(messages.contains { $0.hasPrefix("seed.txt:35: warning: heading '2.' is at Markdown level 2") })
        #expect(!log.hasErrors)
    }

    @Test func closingBlockBecomesDistributionAndSignature() {
        #expect(report.distribution.recipients.first == "Chủ tịch, các PCT UBND tỉnh")
        #expect(report.distribution.recipients.count == 6)
        #expect(report.distribution.archive == "VT, TH(Nh)")
        #expect(report.signature == Signature(lines: ["CHÁNH VĂN PHÒNG"], name: "Trịnh Sỹ Tài"))
        #expect(!bodyText.contains("Nơi nhận"))
    }

    @Test func keepsTheSeedsWords() throws {
        let seed = try SeedFixtures.seedText()
        let kept = [bodyText, report.footnotes.flatMap(\.blocks).map(\.plainText).joined(separator: " "),
                    report.documentType, report.subject, "Nơi nhận", report.distribution.printedItems.joined(separator: " "),
                    report.signature.lines.joined(separator: " "), report.signature.name ?? ""].joined(separator: "\n")
        // Only the superscript note numbers are not words of the plain text.
        #expect(WordRecall.recall(of: seed, in: kept) >= 0.995)
    }
}
