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

    @Test("one sheet per sector, numbers as numbers, the code and the source in columns of their own; same bytes twice")
    func sheetsPerSector() throws {
        let url = try assembledWorkbook()
        let data = try Data(contentsOf: url)
        #expect(try Data(contentsOf: assembledWorkbook()) == data)
        let workbook = try XLSXReader.read(data, source: url.path)
        let report = try AssemblyFixture.projectAssembly().report
        #expect(workbook.sheets.map(\.name) == report.statistics?.sectors.map(\.title))
        let transport = try #require(workbook.sheets.first { $0.name == "Du lịch, vận tải" })
        #expect(transport.rows[0].cells.map(\.content) == StatisticalAnnex.dataColumns.map { .text($0) })
        let row = try #require(transport.rows.first { $0.cell(7)?.content == .text("sgtvt.luot_xe_ck") })
        #expect(row.cell(5)?.content == .number("41.68"))
        #expect(row.cell(9)?.content == .text("2023-05/sgtvt.csv"))
        #expect(row.cell(10)?.content == .number("4"))
    }

    @Test("openpyxl reads numbers with Vietnamese formats and a frozen header; LibreOffice opens it and shows the same values",
          .tags(.external))
    func readByClients() throws {
        let url = try assembledWorkbook()
        let output = try Python.run("""
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Công nghiệp, thương mại"]
            values = {row[7].value: row[5] for row in sheet.iter_rows(min_row=2)}
            a, b = values["sct.gtsx_thang"], values["sct.gtsx_thang_tt"]
            print(sheet.freeze_panes, repr(a.value), a.number_format, repr(b.value), b.number_format)
            """, [url.path])
        #expect(output.hasPrefix("A2 497.984 [$-42A]#,##0.000 "), "\(output)")
        // LibreOffice's CSV is the first sheet; its PDF prints them all.
        let csv = try String(contentsOf: try LibreOffice.convert(url, to: LibreOffice.utf8CSV), encoding: .utf8)
        #expect(csv.contains("vp.van_ban_den") && csv.contains("3.384") && csv.contains("2023-05/vp-van-ban.yaml"), "\(csv)")
        let text = try ExternalTool.run("pdftotext", ["-layout", try LibreOffice.convert(url, to: "pdf").path, "-"]).stdout
        #expect(text.contains("497,984") && text.contains("2.344,844") && text.contains("41,68"))
    }
}
