import BaoCaoAssembly
import BaoCaoCLI
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing
import XLSXImporter

@Suite("The statistics annex as a workbook (assemble --to xlsx)")
struct StatisticsWorkbookTests {
    /// Assembles the sample month with `assemble --to xlsx`; returns the workbook's URL.
    private func assembledWorkbook() throws -> URL {
        let out = try TestPaths.scratchDirectory()
        let config = TestPaths.packageRoot.appendingPathComponent("Config").path
        #expect(CommandLineTool.run(["assemble", "--quiet", "--config", config, "--out", out.path, "--to", "xlsx"]) == 0)
        return out.appendingPathComponent("bao-cao-2023-05.xlsx")
    }

    @Test("one sheet per department, numbers as numbers, the code and the source in columns of their own; same bytes twice")
    func sheetsPerDepartment() throws {
        let url = try assembledWorkbook()
        let data = try Data(contentsOf: url)
        #expect(try AssemblyFixture.projectAssembly().statisticsWorkbook == data)
        let workbook = try XLSXReader.read(data, source: url.path)
        #expect(workbook.sheets.map(\.name) == [
            "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và PTNT", "Sở Công Thương",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Giao thông vận tải", "Sở Y tế", "Sở Giáo dục và Đào tạo",
            "Sở Lao động - Thương binh và Xã", // the tab name's 31-character limit
        ])
        let transport = try #require(workbook.sheets.first { $0.name == "Sở Giao thông vận tải" })
        #expect(transport.rows[0].cells.map(\.content) == ["STT", "Mã số liệu", "Chỉ tiêu", "Giá trị", "Đơn vị tính", "Đơn vị báo cáo", "Nguồn"].map { .text($0) })
        let row = transport.rows[1]
        #expect(row.cell(1)?.content == .text("sgtvt.luot_xe_ck"))
        #expect(row.cell(3)?.content == .number("41.68"))
        #expect(row.cell(4)?.content == .text("% tăng (+), giảm (-) so với cùng kỳ"))
        #expect(row.cell(6)?.content == .text("2023-05/sgtvt.csv:4"))
    }

    @Test("openpyxl reads numbers with Vietnamese formats and a frozen header; LibreOffice opens it and shows the same values",
          .tags(.external))
    func readByClients() throws {
        let url = try assembledWorkbook()
        let output = try Python.run("""
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Sở Công Thương"]
            print(len(book.sheetnames), sheet.freeze_panes, repr(sheet["D2"].value), sheet["D2"].number_format, repr(sheet["D4"].value), sheet["D4"].number_format)
            """, [url.path])
        #expect(output == "9 A2 497.984 [$-42A]#,##0.000 2344.844 [$-42A]#,##0.000\n")
        // LibreOffice's CSV is the first sheet; its PDF prints them all.
        let csv = try String(contentsOf: try LibreOffice.convert(url, to: LibreOffice.utf8CSV), encoding: .utf8)
        #expect(csv.contains("3,vp.nv_chinh_phu.completed_share,\"Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao (01/01/2023 - 20/5/2023): tỷ lệ đã hoàn thành\",\"27,2\",%,"))
        #expect(csv.contains(",vp.van_ban_den,Văn bản đến đã tiếp nhận và xử lý,3.384,,Văn phòng UBND tỉnh,2023-05/vp-van-ban.yaml:"))
        let text = try ExternalTool.run("pdftotext", ["-layout", try LibreOffice.convert(url, to: "pdf").path, "-"]).stdout
        #expect(text.contains("497,984") && text.contains("2.344,844") && text.contains("41,68"))
    }
}
