import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import CSV
import Foundation
import Testing

@Suite("The sample month, May 2023, assembled from Config/")
struct SampleMonthTests {
    @Test("assembles without errors or warnings, with header, signature and distribution from the profile")
    func assemblesCleanly() throws {
        let assembly = try AssemblyFixture.projectAssembly()
        #expect(assembly.log.entries.map { $0.text(in: .en) } == [])
        let report = assembly.report
        #expect(report.header.parentBody == "UBND TỈNH CAO BẰNG")
        #expect(report.header.issuingBody == "VĂN PHÒNG")
        #expect(report.header.number?.canonicalText == "125/BC-VP")
        #expect(report.header.date == DocumentDate(year: 2023, month: 5, day: 25))
        #expect(report.subject == "Công tác chỉ đạo điều hành tháng 5 năm 2023 của UBND tỉnh, Chủ tịch UBND tỉnh")
        #expect(report.signature.name == "Trịnh Sỹ Tài")
        #expect(report.signature.lines == ["CHÁNH VĂN PHÒNG"])
        #expect(report.distribution.archive == "VT, TH(Nh)")
        #expect(report.distribution.recipients.count == 6)
        #expect(!report.isDraft)
        #expect(report.footnotes.map(\.id) == ["1", "2", "3", "4"])
    }

    @Test("the task sentences are rendered from the tallies, shares rounded as the seed does")
    func taskSentences() throws {
        let text = try AssemblyFixture.projectAssembly().report.allText
        #expect(text.contains("có 296 nhiệm vụ đã hoàn thành (73%), 69 nhiệm vụ đang thực hiện (chiếm 17%), 41 nhiệm vụ quá hạn (chiếm 10%)"))
        #expect(text.contains("có 785 nhiệm vụ đã hoàn thành (66,2%), 83 nhiệm vụ đang thực hiện (chiếm 7%), 317 nhiệm vụ quá hạn (chiếm 26,8%)"))
        #expect(text.contains("được giao thực hiện 81 nhiệm vụ, trong đó có 22 nhiệm vụ đã hoàn thành, 18 nhiệm vụ chờ xác nhận hoàn thành, 32 nhiệm vụ đang thực hiện trong hạn, 09 nhiệm vụ quá hạn"))
        #expect(text.contains("qua theo dõi từ 01/01/2023 đến 20/5/2023"))
        #expect(text.contains("có 18/92 nhiệm vụ đã hoàn thành, có 74/92 nhiệm vụ đang thực hiện"))
        #expect(text.contains("tổ chức 04 cuộc họp lãnh đạo"))
    }

    @Test("ratios, growth and plan shares keep their own wording")
    func comparisonWording() throws {
        let text = try AssemblyFixture.projectAssembly().report.allText
        #expect(text.contains("ước đạt 2.344,844 tỷ đồng, bằng 35% KH, bằng 101,6% so với cùng kỳ năm trước"))
        #expect(text.contains("ước đạt 497,984 tỷ đồng, bằng 107,5% so với tháng trước"))
        #expect(text.contains("tổng lượt khách du lịch đến Cao Bằng tăng 147,5% so với cùng kỳ, đạt 60,6% KH"))
        #expect(text.contains("tổng mức bán lẻ hàng hoá và dịch vụ tăng 42% so với cùng kỳ năm trước"))
        #expect(text.contains("quặng mangan nguyên khai và tinh quặng mangan giảm 17%, Fero mangan các loại giảm 44%"))
        #expect(text.contains("Lúa xuân gieo cấy được 98,3% KH, bằng 100% so với cùng kỳ; Ngô xuân trồng đạt 101,2% KH"))
    }

    @Test("the statistics annex lists every figure with its department and source file")
    func statisticsAnnex() throws {
        let report = try AssemblyFixture.projectAssembly().report
        let annex = try #require(report.annexes.first)
        #expect(annex.title == "BIỂU THỐNG KÊ")
        guard case .table(let table) = try #require(annex.blocks.first) else {
            Issue.record("the annex holds no table")
            return
        }
        let rows = table.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined() } }
        #expect(rows.first == StatisticsAnnex.columns)
        let values = Set(rows.map { $0[2] })
        for figure in ["406", "296", "1.185", "785", "317", "81", "3.384", "821", "134", "2.344,844", "497,984", "73", "66,2", "26,8"] {
            #expect(values.contains(figure), "annex lacks \(figure)")
        }
        let tasks = try #require(rows.first { $0[1].hasPrefix("Nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao 5 tháng") })
        #expect(tasks[2] == "1.185")
        #expect(tasks[4] == "Văn phòng UBND tỉnh")
        #expect(tasks[5].hasPrefix("2023-05/vp-theo-doi-nhiem-vu.csv:"))
    }

    @Test("the CSV output is the annex: one line per figure with its value, department and source file")
    func statisticsCSV() throws {
        let assembly = try AssemblyFixture.projectAssembly()
        let data = assembly.statisticsCSV()
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("STT;Chỉ tiêu;Giá trị;Đơn vị tính;Đơn vị báo cáo;Nguồn;Mã số liệu\r\n"))
        #expect(text.components(separatedBy: "\r\n").dropLast().allSatisfy { !$0.contains("\n") })
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.headerRow == StatisticsAnnex.columns + ["Mã số liệu"])
        let byCode = Dictionary(rows.map { ($0[6], $0) }, uniquingKeysWith: { first, _ in first })
        let expected = [
            "vp.nv_thang.assigned": "406", "vp.nv_thang.completed": "296", "vp.nv_5thang.assigned": "1.185",
            "vp.nv_5thang.completed": "785", "vp.nv_5thang.overdue": "317", "vp.nv_chinh_phu.assigned": "81",
            "vp.nv_thang.completed_share": "73", "vp.nv_5thang.completed_share": "66,2", "sct.gtsx_luy_ke": "2.344,844",
        ]
        for (code, value) in expected {
            #expect(byCode[code]?[2] == value, "\(code)")
        }
        #expect(byCode["vp.nv_thang.assigned"]?[4] == "Văn phòng UBND tỉnh")
        #expect(byCode["vp.nv_thang.assigned"]?[5] == "2023-05/vp-theo-doi-nhiem-vu.csv:7")
        #expect(byCode["sct.gtsx_luy_ke"]?[3] == "tỷ đồng")
        #expect(byCode["sct.ban_le_ck"]?[3] == "% tăng (+), giảm (-) so với cùng kỳ")
        #expect(byCode["sct.gtsx_luy_ke_ck"]?[3] == "% so với cùng kỳ")
    }

    @Test("--csv rfc4180 writes ',' and decimal points without a byte order mark, for tools")
    func statisticsCSVForTools() throws {
        let data = try AssemblyFixture.projectAssembly().statisticsCSV(.rfc4180)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("STT,Chỉ tiêu,Giá trị,Đơn vị tính,Đơn vị báo cáo,Nguồn,Mã số liệu\r\n"))
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let byCode = Dictionary(rows.map { ($0[6], $0[2]) }, uniquingKeysWith: { first, _ in first })
        #expect(byCode["vp.nv_5thang.assigned"] == "1185")
        #expect(byCode["vp.nv_5thang.completed_share"] == "66.2")
        #expect(byCode["sct.gtsx_luy_ke"] == "2344.844")
    }

    @Test("the Markdown of the report holds at least 97% of the seed's words")
    func seedWordCoverage() throws {
        let report = try AssemblyFixture.projectAssembly().report
        let markdown = try FormatRegistry.builtIn.exporter(.markdown).export(report, options: ExportOptions(), log: DiagnosticLog())
        let coverage = WordRecall.recall(of: try SeedFixtures.seedText(), in: String(decoding: markdown, as: UTF8.self))
        #expect(coverage >= 0.97, "only \(coverage) of the seed's words")
    }
}
