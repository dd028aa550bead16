@testable import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation
import Testing

/// Footnotes referred to only from a section title, a table caption or an annex survive the
/// assembly's numbering and reach every written format.
@Suite("Footnotes outside paragraphs, through assembly")
struct FootnotePlacementTests {
    private static let notes = [
        "title": "Chú thích ở tiêu đề mục",
        "caption": "Chú thích ở tên bảng",
        "annex": "Chú thích ở phụ lục",
    ]

    /// A report whose only references sit in a section title, a table caption and an annex.
    private static var report: Report {
        let table = Table(caption: [.text("Bảng 1. Văn bản đến"), .footnoteReference("caption")], headerRowCount: 1, rows: [
            TableRow(cells: [TableCell(text: "Chỉ tiêu"), TableCell(text: "Tháng 5")]),
            TableRow(cells: [TableCell(text: "Văn bản đến"), TableCell(text: "3.384")]),
        ])
        return Report(
            subject: "Thử chú thích", sections: [
                Section(number: "I.", title: [.text("Kết quả đạt được"), .footnoteReference("title")], blocks: [
                    .paragraph([.text("Trong tháng 5, UBND tỉnh đã tiếp nhận văn bản.")]),
                    .table(table),
                ]),
            ],
            footnotes: notes.sorted { $0.key < $1.key }.map { Footnote(id: $0.key, blocks: [.paragraph([.text($0.value)])]) },
            annexes: [Annex(title: "BIỂU THỐNG KÊ", blocks: [.paragraph([.text("Số liệu tổng hợp"), .footnoteReference("annex")])])])
    }

    @Test func numberingKeepsEveryNoteInReadingOrder() {
        let numbered = FootnoteNumbering.numbered(Self.report)
        #expect(numbered.footnotes.map(\.id) == ["1", "2", "3"])
        #expect(numbered.footnotes.map { $0.blocks.map(\.plainText).joined() }
            == [Self.notes["title"], Self.notes["caption"], Self.notes["annex"]])
        #expect(numbered.footnoteOrder == ["1", "2", "3"])
    }

    @Test("every note is written and reads back", arguments: [FormatName.docx, .odt, .markdown])
    func everyNoteReachesTheFile(_ format: FormatName) throws {
        let registry = FormatRegistry.builtIn
        let directory = try TestPaths.scratchDirectory().path
        let log = DiagnosticLog()
        let paths = try ReportWriter(registry: registry)
            .write(FootnoteNumbering.numbered(Self.report), formats: [format.rawValue], to: directory, baseName: "chu-thich", log: log)
        #expect(log.entries.isEmpty, "\(log.entries)")
        let path = try #require(paths.first)
        let back = try registry.importer(format).importReport(from: Data(contentsOf: URL(fileURLWithPath: path)), source: path, log: DiagnosticLog())
        let texts = Set(back.footnotes.map { $0.blocks.map(\.plainText).joined(separator: " ") })
        for note in Self.notes.values {
            #expect(texts.contains(note), "\(format): \(note) is missing from \(texts)")
        }
    }
}
