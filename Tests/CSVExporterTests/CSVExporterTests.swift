import BaoCaoCore
import BaoCaoTestSupport
import CSV
import CSVExporter
import Foundation
import Testing

@Suite("CSV: every table cell and figure, RFC 4180")
struct CSVExporterTests {
    private func export(_ report: Report, bom: Bool = false) throws -> Data {
        try CSVExporter().export(report, options: ExportOptions(byteOrderMark: bom), log: DiagnosticLog())
    }

    private func rows(_ data: Data) throws -> [[String]] {
        let reader = try CSVReader(string: String(decoding: data, as: UTF8.self), hasHeaderRow: false)
        return reader.map { $0 }
    }

    private var sample: Report {
        Report(subject: "Thử", sections: [
            Section(number: "3.", title: [.text("Nhiệm vụ")], blocks: [
                .paragraph([.text("Trong tháng 5 năm 2023, đã giao 406 nhiệm vụ; có 296 nhiệm vụ đã hoàn thành (73%), giá trị đạt 2.344,844 tỷ đồng, theo Quyết định số 38/2021/QĐ-UBND ngày 08/11/2021, lúc 17h00.")]),
                .table(Table(headerRowCount: 1, rows: [
                    TableRow(cells: [TableCell(text: "Chỉ tiêu"), TableCell(text: "Tháng 5")]),
                    TableRow(cells: [TableCell(text: "Văn bản đến"), TableCell(text: "3.384")]),
                    TableRow(cells: [TableCell(text: "Tỷ lệ \"đúng hạn\""), TableCell(text: "66,2%")]),
                ])),
            ]),
        ])
    }

    @Test func figuresAndCellsCarryTheirSection() throws {
        let table = try rows(export(sample))
        #expect(table[0] == CSVExporter.columns)
        let figures = table.filter { $0[1] == "số liệu" }.map { [$0[6], $0[7], $0[8]] }
        #expect(figures == [["406", "406", "nhiệm vụ"], ["296", "296", "nhiệm vụ"], ["73%", "73", "%"], ["2.344,844", "2344.844", "tỷ đồng"]])
        let context = table.first { $0[6] == "73%" }?[9]
        #expect(context == "có 296 nhiệm vụ đã hoàn thành (73%)")
        let cells = table.filter { $0[1] == "bảng" }
        #expect(cells.contains(["3. Nhiệm vụ", "bảng", "1", "2", "2", "Tháng 5", "3.384", "3384", "", "Văn bản đến"]))
        #expect(cells.contains(["3. Nhiệm vụ", "bảng", "1", "3", "1", "Chỉ tiêu", "Tỷ lệ \"đúng hạn\"", "", "", ""]))
        #expect(cells.contains { $0[6] == "66,2%" && $0[7] == "66.2" })
    }

    @Test func isRFC4180WithCRLFAndQuoting() throws {
        let text = String(decoding: try export(sample), as: UTF8.self)
        #expect(text.hasPrefix("Mục,Loại,Bảng,Dòng,Cột,Tiêu đề,Giá trị,Số,Đơn vị,Ngữ cảnh\r\n"))
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("\"Tỷ lệ \"\"đúng hạn\"\"\""))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func byteOrderMarkOnlyWhenAsked() throws {
        #expect(try export(sample, bom: true).starts(with: [0xEF, 0xBB, 0xBF, 0x4D]))
        #expect(try export(sample).starts(with: [0x4D]))
    }

    @Test func theSeedsTaskFiguresAreListed() throws {
        let seed = try MarkdownSeed.report()
        let values = try rows(export(seed)).map { $0[6] }
        for figure in ["3.384", "821", "81", "22", "18", "32", "09", "406", "296", "73%", "1.185", "785", "66,2%", "317", "26,8%", "497,984", "2.344,844", "18/92"] {
            #expect(values.contains(figure), "missing \(figure)")
        }
        #expect(!values.contains("2023"))
        #expect(!values.contains("08/11/2021"))
    }

    @Test func sameReportSameBytes() throws {
        #expect(try export(sample) == export(sample))
    }
}
