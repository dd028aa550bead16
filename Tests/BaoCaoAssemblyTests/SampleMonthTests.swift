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
        #expect(text.contains("Tổng mức bán lẻ hàng hoá và dịch vụ tăng 42% so với cùng kỳ năm trước"))
        #expect(text.contains("quặng mangan nguyên khai và tinh quặng mangan giảm 17%, Fero mangan các loại giảm 44%"))
        #expect(text.contains("Lúa xuân gieo cấy được 98,3% KH, bằng 100% so với cùng kỳ; Ngô xuân trồng đạt 101,2% KH"))
    }

    @Test("the statistical annex has one row per indicator, all its measures in that row, grouped by sector")
    func statisticsAnnex() throws {
        let annex = try #require(try AssemblyFixture.projectAssembly().report.statistics)
        #expect(annex.title == "Một số chỉ tiêu kinh tế - xã hội chủ yếu tháng 5 và 5 tháng năm 2023")
        #expect(annex.issuer == "Văn phòng UBND tỉnh Cao Bằng")
        #expect(annex.sectors.map(\.title) == [
            "Công tác chỉ đạo, điều hành", "Nông nghiệp", "Công nghiệp, thương mại", "Du lịch, vận tải", "Đầu tư", "Văn hóa - xã hội",
        ])
        let indicators = annex.sectors.flatMap(\.indicators)
        let production = try #require(indicators.first { $0.label == "Giá trị sản xuất công nghiệp (giá hiện hành)" })
        #expect(indicators.filter { $0.label == production.label }.count == 1)
        #expect(production.unit == "tỷ đồng")
        #expect(production.values.map { "\($0.measure.rawValue)=\($0.text)" } == [
            "value=497,984", "cumulative=2.344,844", "percentOfPlan=35", "ratioToSamePeriod=101,6", "ratioToPreviousMonth=107,5",
        ])
        let rice = try #require(indicators.first { $0.label == "Lúa xuân gieo cấy" })
        #expect(rice.value(.percentOfPlan)?.text == "98,3" && rice.value(.ratioToSamePeriod)?.text == "100" && rice.unit == "%")
        #expect(indicators.allSatisfy { !$0.unit.isEmpty }, "an indicator without unit")
        // Stated shares are sent; the shares nobody stated are computed and marked so.
        let month = try #require(indicators.first { $0.values.first?.code == "vp.nv_thang.completed" })
        #expect(month.value(.share)?.text == "73" && month.value(.share)?.isComputed == false)
        let programme = try #require(indicators.first { $0.values.first?.code == "vp.ctct.completed" })
        #expect(programme.value(.share)?.isComputed == true)
        #expect(programme.label == "- Đã hoàn thành")
    }

    @Test("the printed annex shows only filled columns, units, sector rows and no provenance or computed value")
    func printedAnnex() throws {
        let report = try AssemblyFixture.projectAssembly().report
        let printed = try #require(report.printable(layout: PageLayout()).annexes.last)
        #expect(printed.title == report.statistics?.title)
        guard case .table(let table) = try #require(printed.blocks.first) else {
            Issue.record("the annex holds no table")
            return
        }
        let rows = table.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined() } }
        #expect(rows.first == [
            "STT", "Chỉ tiêu", "ĐVT", "Thực hiện tháng", "Lũy kế", "Tỷ lệ (%)", "So kế hoạch (%)", "So cùng kỳ (%)",
            "Tăng, giảm so cùng kỳ (%)", "So tháng trước (%)",
        ])
        #expect(table.headerRowCount == 1)
        #expect(rows[1] == ["I", "Công tác chỉ đạo, điều hành"] + Array(repeating: "", count: 8))
        #expect(rows.contains(["1", "Giá trị sản xuất công nghiệp (giá hiện hành)", "tỷ đồng", "497,984", "2.344,844", "", "35", "101,6", "", "107,5"]))
        let programme = try #require(rows.firstIndex { $0[1] == "Chương trình công tác tháng 5/2023" })
        #expect(rows[programme + 1][1] == "- Đã hoàn thành" && rows[programme + 1][5] == "", "a computed share is printed")
        let cells = rows.joined().joined(separator: "\n")
        #expect(!cells.contains(".yaml") && !cells.contains(".csv") && !cells.contains("2023-05/"))
        // Every number fits its column on one line at the table text size.
        let widths = try #require(table.columnWidths)
        let scale = PageLayout().textWidth / widths.reduce(0, +)
        for row in rows.dropFirst() where row.count == widths.count {
            for column in 3..<row.count {
                #expect(TextMetrics.width(of: row[column], size: PageLayout().tableTextSize, bold: false) < widths[column] * scale - 0.2, "\(row[column]) breaks")
            }
        }
    }

    @Test("the CSV output is the annex with provenance: one line per value with department, file, line and a computed flag")
    func statisticsCSV() throws {
        let report = try AssemblyFixture.projectAssembly().report
        let data = try FormatRegistry.builtIn.exporter(.csv).export(report, options: ExportOptions(csv: .excel), log: DiagnosticLog())
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Lĩnh vực;STT;Chỉ tiêu;ĐVT;Chỉ số;Giá trị;Tính toán;Mã số liệu;Đơn vị báo cáo;Tệp;Dòng\r\n"))
        #expect(text.components(separatedBy: "\r\n").dropLast().allSatisfy { !$0.contains("\n") })
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        #expect(reader.headerRow == ["Lĩnh vực", "STT", "Chỉ tiêu", "ĐVT", "Chỉ số", "Giá trị", "Tính toán", "Mã số liệu", "Đơn vị báo cáo", "Tệp", "Dòng"])
        let byCode = Dictionary(rows.map { ($0[7], $0) }, uniquingKeysWith: { first, _ in first })
        let expected = [
            "vp.nv_thang.assigned": "406", "vp.nv_thang.completed": "296", "vp.nv_5thang.assigned": "1.185",
            "vp.nv_5thang.completed": "785", "vp.nv_5thang.overdue": "317", "vp.nv_chinh_phu.assigned": "81",
            "vp.nv_thang.completed_share": "73", "vp.nv_5thang.completed_share": "66,2", "sct.gtsx_luy_ke": "2.344,844",
        ]
        for (code, value) in expected {
            #expect(byCode[code]?[5] == value, "\(code)")
        }
        #expect(byCode["vp.nv_thang.assigned"]?[8...10] == ["vp", "2023-05/vp-theo-doi-nhiem-vu.csv", "7"])
        #expect(byCode["sct.gtsx_luy_ke"]?[3...4] == ["tỷ đồng", "Lũy kế"])
        #expect(byCode["sct.ban_le_ck"]?[3...4] == ["%", "Tăng, giảm so cùng kỳ (%)"])
        #expect(byCode["vp.ctct.completed_share"]?[6] == "có")
        #expect(byCode["vp.nv_thang.completed_share"]?[6] == "")
    }

    @Test("--csv rfc4180 writes ',' and decimal points without a byte order mark, for tools")
    func statisticsCSVForTools() throws {
        let report = try AssemblyFixture.projectAssembly().report
        let data = try FormatRegistry.builtIn.exporter(.csv).export(report, options: ExportOptions(csv: .rfc4180), log: DiagnosticLog())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("Lĩnh vực,STT,Chỉ tiêu,ĐVT,Chỉ số,Giá trị,Tính toán,Mã số liệu,Đơn vị báo cáo,Tệp,Dòng\r\n"))
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let byCode = Dictionary(rows.map { ($0[7], $0[5]) }, uniquingKeysWith: { first, _ in first })
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
