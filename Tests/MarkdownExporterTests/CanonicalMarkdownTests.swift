import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import MarkdownExporter
import MarkdownImporter
import Testing

@Suite("Canonical Markdown: written, read back, written again")
struct CanonicalMarkdownTests {
    private func write(_ report: Report, log: DiagnosticLog = DiagnosticLog()) throws -> String {
        try MarkdownExporter().render(report, log: log)
    }

    private func read(_ text: String) throws -> Report {
        try MarkdownImporter().importReport(from: Data(text.utf8), source: "out.md", log: DiagnosticLog())
    }

    @Test func theSeedRoundTripsToIdenticalBytes() throws {
        let seed = try MarkdownImporter().importReport(from: Data(contentsOf: TestPaths.seed), source: "seed", log: DiagnosticLog())
        let first = try write(seed)
        let reread = try read(first)
        #expect(reread == seed)
        #expect(try write(reread) == first)
        #expect(first.components(separatedBy: "\n[^").count - 1 == 4)
        #expect(WordRecall.recall(of: try SeedFixtures.seedText(), in: first) >= 0.99)
        #expect(first.contains("tổ chức thành công Phiên họp UBND tỉnh thường kỳ"))
        #expect(first.contains("  name: Trịnh Sỹ Tài\n"))
    }

    @Test func frontMatterCarriesTheHeaderInAFixedOrder() throws {
        let report = Report(
            header: DocumentHeader(parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
                                   number: DocumentNumber(sequence: 125, symbol: "BC-VP"), place: "Cao Bằng",
                                   date: DocumentDate(year: 2023, month: 5, day: 25)),
            subject: "Công tác tháng 5",
            distribution: DistributionList(recipients: ["Chủ tịch"], archive: "VT, TH(Nh)"),
            signature: Signature(lines: ["CHÁNH VĂN PHÒNG"], name: "Trịnh Sỹ Tài"))
        let text = try write(report)
        #expect(text == """
            ---
            baocao: 1
            issuer:
              parent: UBND TỈNH CAO BẰNG
              name: VĂN PHÒNG
            number: 125/BC-VP
            place: Cao Bằng
            date: 2023-05-25
            type: BÁO CÁO
            subject: Công tác tháng 5
            recipients:
            - Chủ tịch
            archive: VT, TH(Nh)
            signer:
              lines:
              - CHÁNH VĂN PHÒNG
              name: Trịnh Sỹ Tài
            ---

            """)
        #expect(try read(text) == report)
    }

    @Test func markupCharactersInTextSurviveTheRoundTrip() throws {
        let tricky: [[Inline]] = [
            [.text("1. không phải danh sách")],
            [.text("- không phải gạch đầu dòng; # không phải tiêu đề")],
            [.text("*sao* _gạch_ [ngoặc] <thẻ> a|b & c ~ d ` e \\ f")],
            [.styled(.bold, [.text(" đậm có dấu cách ")]), .text("và "), .styled(.italic, [.text("\"trích\"")])],
            [.text("3.1. Chương trình công tác"), .lineBreak, .text("dòng hai")],
        ]
        var report = Report(subject: "Thử")
        report.preamble = tricky.map { .paragraph($0) }
        let text = try write(report)
        let back = try read(text)
        #expect(back.preamble == report.preamble.map { block in
            // Spaces at the edges of a style move outside it, which prints the same.
            guard case .paragraph(let inlines) = block, case .styled(.bold, _) = inlines[0] else { return block }
            return .paragraph([.text(" "), .styled(.bold, [.text("đậm có dấu cách")]), .text(" và "), .styled(.italic, [.text("\"trích\"")])])
        }.map { block in
            guard case .paragraph(let inlines) = block, case .text(" ") = inlines[0] else { return block }
            return .paragraph(Array(inlines.dropFirst()))
        })
        #expect(try write(back) == text)
    }

    @Test func tablesWithoutHeaderRowsAndWithMergesAreHandled() throws {
        let log = DiagnosticLog()
        var report = Report(subject: "Bảng")
        report.preamble = [
            .table(Table(rows: [TableRow(cells: [TableCell(text: "a"), TableCell(text: "b")])])),
            .table(Table(headerRowCount: 1, rows: [
                TableRow(cells: [TableCell(text: "Chỉ tiêu", rowSpan: 2), TableCell(text: "Kết quả", columnSpan: 2)]),
                TableRow(cells: [TableCell(text: "Tháng"), TableCell(text: "5 tháng")]),
            ])),
        ]
        let text = try write(report, log: log)
        #expect(text.contains("|  |  |\n|---|---|\n| a | b |"))
        #expect(text.contains("| Chỉ tiêu | Kết quả |  |\n|---|---|---|\n|  | Tháng | 5 tháng |"))
        #expect(log.warnings.map(\.message.vi) == ["Markdown không thể hiện ô gộp: 1 bảng được ghi với các ô tách rời (bảng đầu tiên ở phần mở đầu)"])
        let back = try read(text)
        #expect(back.preamble[0] == report.preamble[0])
        #expect(try write(back) == text)
    }

    @Test func annexesAndNestedListsRoundTrip() throws {
        var report = Report(subject: "Phụ lục")
        report.sections = [Section(number: "I.", title: [.text("Kết quả")], blocks: [
            .list(ListBlock(items: [[.paragraph([.text("một")]), .list(ListBlock(isOrdered: true, items: [[.paragraph([.text("a")])]]))],
                                    [.paragraph([.text("hai")])]])),
        ])]
        report.annexes = [
            Annex(title: "BIỂU THỐNG KÊ", blocks: [.paragraph([.text("Số liệu")])]),
            Annex(title: "DANH MỤC", blocks: [.paragraph([.text("Văn bản")])]),
        ]
        let text = try write(report)
        #expect(text.contains("# Phụ lục I: BIỂU THỐNG KÊ"))
        #expect(text.contains("# Phụ lục II: DANH MỤC"))
        #expect(try read(text) == report)
    }
}
