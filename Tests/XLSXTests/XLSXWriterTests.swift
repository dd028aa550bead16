import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing
import XLSXExporter
import XLSXImporter

@Suite("XLSX writer")
struct XLSXWriterTests {
    private func workbook() -> Workbook {
        var value = CellStyle()
        value.numberFormat = NumberFormatCode.vietnamese(fractionDigits: 2)
        value.locked = false
        var sheet = Worksheet(name: "Số liệu", columns: [.init(width: 40), .init(width: 12), .init(width: 8, hidden: true)], rows: [
            .init([.text("Chỉ tiêu", .header), .text("Giá trị", .header), .text("Mã", .header)]),
            .init([.text("Số lượt xe, tăng so với cùng kỳ"), Cell(.number(Decimal(string: "41.68")!), style: value), .text("luot_xe_ck")]),
            .init([.text("Ô để trống"), Cell(.empty, style: value), .text("trong")]),
        ])
        sheet.frozenRows = 1
        sheet.protected = true
        sheet.validations = [.init(kind: .decimal, minimum: 0, cells: "B2:B3", errorTitle: "Sai", errorMessage: "Nhập số")]
        return Workbook(sheets: [sheet], title: "Thử")
    }

    @Test func sameWorkbookSameBytes() throws {
        #expect(try XLSXWriter.data(workbook()) == XLSXWriter.data(workbook()))
    }

    @Test func readsBackWhatItWrote() throws {
        let sheet = try #require(try XLSXReader.read(try XLSXWriter.data(workbook()), source: "x.xlsx").sheets.first)
        #expect(sheet.name == "Số liệu")
        #expect(sheet.rows[1].cell(1)?.content == .number("41.68"))
        #expect(sheet.rows[1].cell(2)?.content == .text("luot_xe_ck"))
        #expect(sheet.rows[2].cell(1) == nil)
    }

    @Test("openpyxl reads numbers as numbers, the format, protection and validation", .tags(.external))
    func openpyxlReadsIt() throws {
        let url = try TestPaths.scratchDirectory().appendingPathComponent("x.xlsx")
        try XLSXWriter.data(workbook()).write(to: url)
        let output = try Python.run("""
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1])["Số liệu"]
            print(repr(sheet["B2"].value), sheet["B2"].number_format, sheet.protection.sheet, sheet["B2"].protection.locked,
                  sheet.column_dimensions["C"].hidden, sheet.freeze_panes, sheet.data_validations.dataValidation[0].type)
            """, [url.path])
        #expect(output == "41.68 [$-42A]#,##0.00 True False True A2 decimal\n")
    }

    @Test("LibreOffice opens it and shows the Vietnamese number", .tags(.external))
    func libreOfficeReadsIt() throws {
        let url = try TestPaths.scratchDirectory().appendingPathComponent("x.xlsx")
        try XLSXWriter.data(workbook()).write(to: url)
        let csv = try String(contentsOf: try LibreOffice.convert(url, to: LibreOffice.utf8CSV), encoding: .utf8)
        #expect(csv.contains("\"Số lượt xe, tăng so với cùng kỳ\",\"41,68\",luot_xe_ck"), "\(csv)")
    }
}
