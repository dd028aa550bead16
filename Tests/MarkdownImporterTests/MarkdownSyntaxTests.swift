import BaoCaoCore
import Foundation
import MarkdownImporter
import Testing

@Suite("Markdown syntax and front matter")
struct MarkdownSyntaxTests {
    private func read(_ text: String, log: DiagnosticLog = DiagnosticLog()) throws -> Report {
        try MarkdownImporter().importReport(from: Data(text.utf8), source: "in.md", log: log)
    }

    @Test func frontMatterFillsTheHeader() throws {
        let report = try read("""
            ---
            issuer:
              parent: UBND TỈNH CAO BẰNG
              name: VĂN PHÒNG
            number: 07/BC-VP
            place: Cao Bằng
            date: 2024-01-05
            type: báo cáo
            subject: Tình hình tháng 12
            recipients:
              - Chủ tịch UBND tỉnh
            archive: VT, TH
            signer:
              lines: [KT. CHÁNH VĂN PHÒNG, PHÓ CHÁNH VĂN PHÒNG]
              name: Nguyễn Văn A
            ---

            # I. Kết quả

            Nội dung.
            """)
        #expect(report.header == DocumentHeader(parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
                                                number: DocumentNumber(sequence: 7, symbol: "BC-VP"), place: "Cao Bằng",
                                                date: DocumentDate(year: 2024, month: 1, day: 5)))
        #expect(report.documentType == "BÁO CÁO")
        #expect(report.subject == "Tình hình tháng 12")
        #expect(report.distribution == DistributionList(recipients: ["Chủ tịch UBND tỉnh"], archive: "VT, TH"))
        #expect(report.signature.lines == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])
        #expect(report.sections.first?.headingText == "I. Kết quả")
    }

    @Test func badFrontMatterValuesAreErrorsWithTheirLine() throws {
        let log = DiagnosticLog()
        _ = try read("---\nnumber: 12/BC-VP\ndate: 25/05/2023\ncolour: red\n---\n\nText.\n", log: log)
        #expect(log.errors.map { $0.text(in: .en) } == [
            "in.md:3: error: date '25/05/2023' is not an ISO 8601 date like 2023-05-25 (or 2023-05 for a draft)",
            "in.md:4: error: unknown front matter key 'colour' (known: issuer.parent, issuer.name, number, place, date, type, subject, draft, recipients, archive, signer.lines, signer.name)",
        ])
    }

    @Test func brokenYAMLFailsWithTheLine() {
        #expect {
            try read("---\nissuer:\n  parent: [unclosed\n---\n\nText.\n")
        } throws: { error in
            guard let error = error as? BaoCaoError else { return false }
            return error.kind == .badInput && error.location?.file == "in.md" && error.location?.line != nil
        }
    }

    @Test func draftNumberAndDateMayLackTheirBlanks() throws {
        let report = try read("---\nnumber: /BC-VP\ndate: 2023-05\ndraft: true\n---\n")
        #expect(report.header.number == DocumentNumber(sequence: nil, symbol: "BC-VP"))
        #expect(report.header.date == DocumentDate(year: 2023, month: 5))
        #expect(report.isDraft)
    }

    @Test func inlineStylesListsTablesAndNotes() throws {
        let report = try read("""
            Có **04** cuộc họp, *nghiêm túc*, ~~bỏ~~, m<sup>2</sup>, H<sub>2</sub>O, <u>gạch</u>[^a].<br>Dòng mới

            - một
            - hai
              - hai a
            3. ba

            | Chỉ tiêu | Số |
            |---|---:|
            | Văn bản đến | 3.384 |

            <!-- pagebreak -->

            [^a]: Ghi chú.
            """)
        #expect(report.preamble.count == 5)
        guard case .paragraph(let inlines) = report.preamble[0] else { Issue.record("no paragraph"); return }
        #expect(inlines == [
            .text("Có "), .styled(.bold, [.text("04")]), .text(" cuộc họp, "), .styled(.italic, [.text("nghiêm túc")]),
            .text(", "), .styled(.strikethrough, [.text("bỏ")]), .text(", m"), .styled(.superscript, [.text("2")]),
            .text(", H"), .styled(.subscript, [.text("2")]), .text("O, "), .styled(.underline, [.text("gạch")]),
            .footnoteReference("a"), .text("."), .lineBreak, .text("Dòng mới"),
        ])
        guard case .list(let list) = report.preamble[1], case .list(let ordered) = report.preamble[2] else {
            Issue.record("lists not read"); return
        }
        #expect(!list.isOrdered && list.items.count == 2)
        #expect(list.items[1].count == 2)
        #expect(ordered.isOrdered && ordered.start == 3)
        guard case .table(let table) = report.preamble[3] else { Issue.record("no table"); return }
        #expect(table.headerRowCount == 1)
        #expect(table.rows[1].cells[1] == TableCell(text: "3.384", alignment: .right))
        #expect(report.preamble[4] == .pageBreak)
        #expect(report.footnotes == [Footnote(id: "a", blocks: [.paragraph([.text("Ghi chú.")])])])
    }

    @Test func unsupportedContentIsSkippedWithAWarning() throws {
        let log = DiagnosticLog()
        let report = try read("Ảnh ![logo](x.png) đây.\n\n---\n\n<div>html</div>\n", log: log)
        #expect(report.preamble == [.paragraph([.text("Ảnh  đây.")])])
        #expect(log.warnings.map { $0.text(in: .en) } == [
            "in.md:1: warning: image skipped (images are not part of the report model)",
            "in.md:3: warning: a horizontal rule has no place in an official report and was skipped",
            "in.md:5: warning: raw HTML block skipped: <div>html</div>",
        ])
    }

    @Test func invalidUTF8IsRefusedWithTheLine() {
        let bytes = Data("# I. Một\n\nHai\n".utf8) + Data([0xFF, 0x41])
        #expect(throws: BaoCaoError.badInput(.undecodableText(byte: 17), at: SourceLocation(file: "in.md", line: 4))) {
            try MarkdownImporter().importReport(from: bytes, source: "in.md", log: DiagnosticLog())
        }
    }

    @Test func decomposedTextIsNormalisedToNFC() throws {
        let report = try read("Ho\u{0323}p\n")
        #expect(report.preamble == [.paragraph([.text("Họp")])])
    }
}
