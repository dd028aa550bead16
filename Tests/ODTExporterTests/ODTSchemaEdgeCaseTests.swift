import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// Unusual but legal reports still validate against the strict OASIS ODF 1.3 schema (jing only,
/// no LibreOffice run): empty header, tables in notes, cells and list items, nested notes, annexes.
@Suite struct ODTSchemaEdgeCaseTests {
    /// A report that puts every block where it can go.
    static var unusualReport: Report {
        let small = Table(headerRowCount: 1, rows: [
            TableRow(cells: [TableCell(text: "A"), TableCell(text: "B")]),
            TableRow(cells: [TableCell(text: "1", columnSpan: 2)]),
        ])
        let nestedCell = TableCell(blocks: [.paragraph([.text("Ô có bảng")]), .table(small), .list(ListBlock(items: [[.paragraph([.text("mục")])]]))])
        return Report(
            documentType: "BÁO CÁO",
            preamble: [.paragraph([]), .pageBreak],
            sections: [
                Section(number: nil, title: [.text("Không số"), .footnoteReference("n1")], blocks: [
                    .table(Table(rows: [TableRow(cells: [nestedCell, TableCell(blocks: [])]), TableRow(cells: [TableCell(text: "ngắn")])])),
                    .list(ListBlock(isOrdered: true, items: [[], [.table(small)], [.list(ListBlock(isOrdered: false, items: [[.paragraph([.text("sâu")])]]))]])),
                    .paragraph([.styled(.superscript, [.text("2")]), .styled(.subscript, [.styled(.underline, [.text("x")])]), .footnoteReference("n2")]),
                ]),
            ],
            footnotes: [
                Footnote(id: "n1", blocks: [.paragraph([.text("Chú thích có bảng"), .footnoteReference("n2")]), .table(small), .list(ListBlock(items: [[.paragraph([.text("mục")])]]))]),
                Footnote(id: "n2", blocks: []),
            ],
            annexes: [Annex(title: "Biểu thống kê", blocks: [.table(small)]), Annex(title: "Biểu hai", blocks: [])],
            signature: Signature(name: "Trịnh Sỹ Tài"))
    }

    @Test(.tags(.external), arguments: ["content.xml", "styles.xml", "meta.xml"])
    func unusualReportValidatesStrictly(part: String) throws {
        let odt = try ExportedFile(odt: Self.unusualReport)
        let directory = try TestPaths.scratchDirectory()
        let file = directory.appendingPathComponent(part)
        try Data(try odt.part(part).utf8).write(to: file)
        let schema = TestPaths.shared.appendingPathComponent("schemas/odf/OpenDocument-v1.3-schema.rng").path
        let result = try ExternalTool.run("jing", ["-i", schema, file.path])
        #expect(result.status == 0, "\(part) is not valid ODF 1.3:\n\(result.stdout)\(result.stderr)")
    }

    @Test(.tags(.external)) func listsInCellsAndNotesUseTheCompactStyles() throws {
        let content = try ExportedFile(odt: Self.unusualReport).part("content.xml")
        #expect(content.contains(#"<text:list text:style-name="Gach_dau_dong_gon"><text:list-item><text:p text:style-name="Bang">mục</text:p>"#))
        #expect(content.contains(#"<text:list text:style-name="Gach_dau_dong_gon"><text:list-item><text:p text:style-name="Footnote">mục</text:p>"#))
    }

    @Test func unusualReportWarnsAboutWhatODFCannotHold() throws {
        let odt = try ExportedFile(odt: Self.unusualReport)
        let messages = odt.log.warnings.map(\.message.en)
        #expect(messages.contains { $0.contains("table inside a list item") })
        #expect(messages.contains { $0.contains("cannot refer to another footnote") })
        #expect(odt.log.warnings.allSatisfy { $0.location?.file == "content.xml" })
    }
}
