import BaoCaoCore
import Foundation
import Testing

@Suite("The statistical annex in the model")
struct StatisticalAnnexTests {
    static let source = StatisticalAnnex.Provenance(department: "sct", file: "2023-05/sct.yaml", line: 6)

    static let annex = StatisticalAnnex(
        title: "Một số chỉ tiêu", issuer: "Văn phòng UBND tỉnh Cao Bằng",
        sectors: [
            .init(title: "Công nghiệp", indicators: [
                .init(label: "Giá trị sản xuất", unit: "tỷ đồng", values: [
                    .init(measure: .value, text: "497,984", code: "sct.gtsx_thang", source: source),
                    .init(measure: .ratioToPreviousMonth, text: "107,5", code: "sct.gtsx_thang_tt", source: source),
                ]),
                .init(label: "- Đã hoàn thành", unit: "nhiệm vụ", values: [
                    .init(measure: .value, text: "18", code: "vp.ctct.completed", source: source),
                    .init(measure: .share, text: "19,6", code: "vp.ctct.completed_share", isComputed: true, source: source),
                ]),
            ])
        ])

    @Test func printedTableHasOnlyFilledColumnsAndNoComputedValueOrSource() throws {
        let report = Report(statistics: Self.annex).printable(layout: PageLayout())
        #expect(report.statistics == nil)
        let annex = try #require(report.annexes.last)
        #expect(annex.title == "Một số chỉ tiêu" && annex.issuer == "Văn phòng UBND tỉnh Cao Bằng")
        #expect(OfficialText.annexReference(annex, of: report).hasSuffix(" của Văn phòng UBND tỉnh Cao Bằng)"))
        guard case .table(let table) = try #require(annex.blocks.first) else {
            Issue.record("no table")
            return
        }
        let rows = table.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined() } }
        #expect(rows == [
            ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện tháng", "So tháng trước (%)"],
            ["I", "Công nghiệp", "", "", ""],
            ["1", "Giá trị sản xuất", "tỷ đồng", "497,984", "107,5"],
            ["2", "- Đã hoàn thành", "nhiệm vụ", "18", ""],
        ])
        #expect(table.headerRowCount == 1 && table.columnWidths?.count == 5)
    }

    @Test func jsonKeepsTheAnnexWithItsProvenance() throws {
        let report = Report(statistics: Self.annex)
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(Report.self, from: data) == report)
        let old = try JSONDecoder().decode(Report.self, from: Data(#"{"formatVersion": 1}"#.utf8))
        #expect(old.statistics == nil)
    }
}
