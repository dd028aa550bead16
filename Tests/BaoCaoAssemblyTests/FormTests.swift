import BaoCaoAssembly
import BaoCaoCLI
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation
import Testing
import XLSXImporter

@Suite("Department forms (baocao form) and filled forms read back")
struct FormTests {
    @Test("the form has the header block, one row per catalogue figure, hidden ids and last month's values; same input, same bytes")
    func formContent() throws {
        let maker = FormMaker(configDirectory: TestPaths.packageRoot.appendingPathComponent("Config").path, registry: .builtIn)
        let first = try maker.form(department: "SNN", period: ReportingPeriod("2023-06")!)
        let second = try maker.form(department: "snn", period: ReportingPeriod("2023-06")!)
        #expect(first.department == "snn")
        #expect(first.data == second.data)
        let sheet = try #require(try XLSXReader.read(first.data, source: "snn-2023-06.xlsx").sheets.first)
        #expect(sheet.name == "Biểu")
        func text(_ reference: String) -> String? {
            let (column, row) = CellReference.parse(reference)!
            guard case .text(let text)? = sheet.rows.first(where: { $0.number == row })?.cell(column)?.content else { return nil }
            return text
        }
        func number(_ reference: String) -> String? {
            let (column, row) = CellReference.parse(reference)!
            guard case .number(let text)? = sheet.rows.first(where: { $0.number == row })?.cell(column)?.content else { return nil }
            return text
        }
        #expect(text("A1") == "UBND TỈNH CAO BẰNG")
        #expect(text("C3") == "Sở Nông nghiệp và Phát triển nông thôn" && text("M3") == "snn")
        #expect(text("C4") == "Tháng 6/2023, số liệu từ 15/5/2023 đến 14/6/2023" && text("M4") == "2023-06")
        #expect(text("C5") == "16/6/2023")
        #expect(text("B8") == "Chỉ tiêu" && text("E8") == "Giá trị" && text("M8") == "Mã")
        #expect(text("B9") == "Lúa xuân gieo cấy" && text("D9") == "% kế hoạch" && text("M9") == "lua_xuan_kh")
        #expect(number("K9") == "98.3", "last month's value beside the cell to fill")
        #expect(text("M24") == "mau_han_ty_le" && sheet.rows.last?.number == 24)
    }

    @Test("baocao form --all writes one form per department of the catalogue, byte for byte the department's form")
    func formCommand() throws {
        let fixture = try AssemblyFixture()
        let out = try TestPaths.scratchDirectory()
        #expect(CommandLineTool.run(["form", "--all", "--quiet", "--period", "2023-06", "--config", fixture.config.path, "-o", out.path]) == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["sct", "sgddt", "sgtvt", "skhdt", "sldtbxh", "snn", "svhttdl", "syt", "vp"].map { "\($0)-2023-06.xlsx" })
        let single = out.appendingPathComponent("one.xlsx")
        #expect(CommandLineTool.run(["form", "--department", "SCT", "--quiet", "--period", "2023-06", "--config", fixture.config.path, "-o", single.path]) == 0)
        #expect(try Data(contentsOf: single) == Data(contentsOf: out.appendingPathComponent("sct-2023-06.xlsx")))
        #expect(CommandLineTool.run(["form", "--quiet", "--config", fixture.config.path]) == 2)
        #expect(CommandLineTool.run(["form", "--department", "xyz", "--quiet", "--config", fixture.config.path]) == 2)
    }

    @Test("the written form opens in openpyxl protected, with hidden ids, validation, Vietnamese formats and A4 set-up", .tags(.external))
    func formInOpenpyxl() throws {
        let url = try AssemblyFixture().form("vp", period: "2023-06")
        let report = try Python.run("""
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1])["Biểu"]
            rules = {str(rule.sqref): (rule.type, rule.operator, rule.formula1) for rule in sheet.data_validations.dataValidation}
            print(sheet.protection.sheet, sheet.column_dimensions["M"].hidden, sheet.freeze_panes, sheet.page_setup.paperSize, sheet.page_setup.orientation)
            print(sheet["E9"].protection.locked, sheet["B9"].protection.locked, sheet["F9"].protection.locked, sheet["F9"].number_format)
            print(rules["F9:J9"], rules["E13"])
            print(sheet["E13"].number_format, sheet["B9"].value)
            """, [url.path])
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines[0] == "True True A9 9 landscape")
        #expect(lines[1] == "True True False [$-42A]#,##0", "a tally is typed in F…J, its E cell is locked")
        #expect(lines[2] == "('whole', 'greaterThanOrEqual', '0') ('whole', 'greaterThanOrEqual', '0')")
        #expect(lines[3] == "[$-42A]#,##0 Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao (01/01/2023 - 20/5/2023)")
    }

    @Test("the form's and the statistics workbook's parts validate against the ISO/IEC 29500 schemas (xmllint)", .tags(.external))
    func partsValidate() throws {
        let statistics = try TestPaths.scratchDirectory().appendingPathComponent("so-lieu.xlsx")
        let report = try AssemblyFixture.projectAssembly().report
        try FormatRegistry.builtIn.exporter(.xlsx).export(report, options: ExportOptions(), log: DiagnosticLog()).write(to: statistics)
        let schemas = TestPaths.shared.appendingPathComponent("schemas/ooxml")
        let sml = schemas.appendingPathComponent("ISO-IEC29500-4_2016/sml.xsd").path
        let parts = [
            ("[Content_Types].xml", schemas.appendingPathComponent("ecma/fouth-edition/opc-contentTypes.xsd").path),
            ("_rels/.rels", schemas.appendingPathComponent("ecma/fouth-edition/opc-relationships.xsd").path),
            ("docProps/app.xml", schemas.appendingPathComponent("ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd").path),
            ("xl/workbook.xml", sml), ("xl/styles.xml", sml), ("xl/sharedStrings.xml", sml), ("xl/worksheets/sheet1.xml", sml),
        ]
        for workbook in [try AssemblyFixture().form("vp", period: "2023-06"), statistics] {
            let folder = try TestPaths.scratchDirectory()
            #expect(try ExternalTool.run("unzip", ["-q", workbook.path, "-d", folder.path]).status == 0)
            for (part, schema) in parts {
                let result = try ExternalTool.run("xmllint", ["--noout", "--nonet", "--schema", schema, folder.appendingPathComponent(part).path])
                #expect(result.status == 0, "\(workbook.lastPathComponent) \(part): \(result.stderr)")
            }
        }
    }

    @Test("a form filled with openpyxl and put into the inbox passes validate with the same figures", .tags(.external))
    func openpyxlFilledForm() throws {
        let fixture = try AssemblyFixture()
        for department in ["snn", "vp"] {
            try fixture.fill(try fixture.form(department), values: try AssemblyFixture.typedValues(department), as: "\(department)-2023-05.xlsx")
        }
        for name in ["snn.yaml", "vp-van-ban.yaml", "vp-theo-doi-nhiem-vu.csv"] {
            try FileManager.default.removeItem(at: fixture.sample(name))
        }
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error) == [])
        let expected = try AssemblyFixture.projectAssembly().figures.filter { ["snn", "vp"].contains($0.department) }
        let read = assembly.figures.filter { ["snn", "vp"].contains($0.department) }
        #expect(read.map(\.id).sorted() == expected.map(\.id).sorted())
        for figure in expected {
            let copy = try #require(read.first { $0.department == figure.department && $0.id == figure.id })
            #expect(copy.value == figure.value, "\(figure.id)")
            #expect(copy.label == figure.label && copy.unit == figure.unit && copy.kind == figure.kind)
        }
        let lua = try #require(read.first { $0.id == "lua_han" })
        #expect(lua.sourceName == "2023-05/snn-2023-05.xlsx!Biểu!E21")
        // The tally's shares are computed from the counts typed, as from the CSV.
        #expect(assembly.report.allText.contains("có 296 nhiệm vụ đã hoàn thành (73%)"))
    }

    @Test("a form filled with openpyxl and saved again by LibreOffice passes validate", .tags(.external))
    func libreOfficeSavedForm() throws {
        let fixture = try AssemblyFixture()
        let scratch = try TestPaths.scratchDirectory().appendingPathComponent("snn-2023-05.xlsx")
        try AssemblyFixture.fill(try fixture.form("snn"), values: try AssemblyFixture.typedValues("snn"), to: scratch)
        let saved = try LibreOffice.convert(scratch, to: "xlsx:Calc MS Excel 2007 XML")
        try FileManager.default.copyItem(at: saved, to: fixture.sample("snn-2023-05.xlsx"))
        try FileManager.default.removeItem(at: fixture.sample("snn.yaml"))
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error) == [])
        let mau = try #require(assembly.figures.first { $0.id == "mau_han" })
        #expect(mau.number?.value == Decimal(string: "4999.21") && mau.number?.fractionDigits == 2)
    }

    @Test("text in a number cell, a formula without a cached value, a deleted row and a form for another period are errors naming the cell",
          .tags(.external))
    func filledFormErrors() throws {
        let fixture = try AssemblyFixture()
        var values = try AssemblyFixture.typedValues("snn")
        values["lua_xuan_kh"] = "khoảng 98"
        values["lua_xuan_ck"] = "=50+50"
        try fixture.fill(try fixture.form("snn"), values: values, deleting: [20], as: "snn-2023-05.xlsx")
        try FileManager.default.removeItem(at: fixture.sample("snn.yaml"))
        try fixture.fill(try fixture.form("sgtvt", period: "2023-04"), values: try AssemblyFixture.typedValues("sgtvt"), as: "sgtvt-2023-04.xlsx")
        try FileManager.default.removeItem(at: fixture.sample("sgtvt.csv"))
        let errors = try fixture.assemble().messages(.error)
        func expectError(_ text: String) {
            #expect(errors.contains { $0.contains(text) }, "\(text) not in \(errors)")
        }
        expectError("snn-2023-05.xlsx!Biểu!E9: lỗi: ô này phải là một số, không phải 'khoảng 98'")
        expectError("snn-2023-05.xlsx!Biểu!E10: lỗi: ô có công thức nhưng chưa có giá trị đã tính")
        expectError("snn-2023-05.xlsx: lỗi: thiếu chỉ tiêu bắt buộc 'gung_ck' (Gừng trâu trồng)")
        expectError("sgtvt-2023-04.xlsx!Biểu!M4: lỗi: báo cáo này của kỳ 2023-04, không phải kỳ 2023-05")
    }

    @Test("an empty required cell is an error at that cell; an empty optional one is a note", .tags(.external))
    func emptyCells() throws {
        let fixture = try AssemblyFixture()
        let url = fixture.config.appendingPathComponent(Catalogue.fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "kind: share, indicator: mau_han}", with: "kind: share, indicator: mau_han, required: false}").utf8).write(to: url)
        var values = try AssemblyFixture.typedValues("snn")
        values["lua_han"] = nil
        values["mau_han_ty_le"] = nil
        try fixture.fill(try fixture.form("snn"), values: values, as: "snn-2023-05.xlsx")
        try FileManager.default.removeItem(at: fixture.sample("snn.yaml"))
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error).contains { $0.contains("snn-2023-05.xlsx!Biểu!E21: lỗi: thiếu chỉ tiêu bắt buộc 'lua_han'") })
        #expect(assembly.messages(.note).contains { $0.contains("snn-2023-05.xlsx!Biểu!E24: ghi chú: chỉ tiêu không bắt buộc 'mau_han_ty_le'") })
    }

    @Test("a workbook made by hand with the CSV's Vietnamese column names is read; 41,68 stays 41,68", .tags(.external))
    func handMadeWorkbook() throws {
        let fixture = try AssemblyFixture()
        _ = try Python.run("""
            import sys, openpyxl
            book = openpyxl.Workbook()
            sheet = book.active
            sheet.title = "Số liệu"
            sheet.append(["đơn vị", "sgtvt"])
            sheet.append(["kỳ báo cáo", "2023-05"])
            sheet.append([])
            sheet.append(["mã", "chỉ tiêu", "loại", "giá trị", "đơn vị tính"])
            sheet.append(["luot_xe_ck", "Số lượt xe vận chuyển hành khách 5 tháng/2023, tăng so với cùng kỳ", "growth", 41.68, None])
            sheet.append(["luot_hanh_khach_ck", "Số lượt hành khách vận chuyển 5 tháng/2023, tăng so với cùng kỳ", "Tăng/giảm so với cùng kỳ", "206,1", None])
            book.save(sys.argv[1])
            """, [fixture.sample("so-lieu-gtvt.xlsx").path])
        try FileManager.default.removeItem(at: fixture.sample("sgtvt.csv"))
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error) == [])
        let figure = try #require(assembly.figures.first { $0.id == "luot_xe_ck" })
        #expect(figure.number?.value == Decimal(string: "41.68") && figure.number?.fractionDigits == 2)
        #expect(figure.sourceName == "2023-05/so-lieu-gtvt.xlsx!Số liệu!D5")
        #expect(assembly.report.allText.contains("tăng 41,68% so với cùng kỳ"))

        let yaml = try TestPaths.scratchDirectory().appendingPathComponent("so-lieu.yaml")
        #expect(CommandLineTool.run(["convert", fixture.sample("so-lieu-gtvt.xlsx").path, "-o", yaml.path, "--config", fixture.config.path]) == 0)
        let text = try String(contentsOf: yaml, encoding: .utf8)
        #expect(text.hasPrefix("department: sgtvt\nperiod: 2023-05\nfigures:\n  luot_xe_ck:\n"))
        #expect(text.contains("value: 41,68") && text.contains("kind: growth"), "\(text)")
    }
}
