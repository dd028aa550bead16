import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing
import XLSXImporter

@Suite("XLSX reader: cells as the file stores them")
struct XLSXReaderTests {
    private func cells(_ data: Data) throws -> [String: Spreadsheet.Cell.Content] {
        let sheet = try #require(try XLSXReader.read(data, source: "so-lieu.xlsx").sheets.first)
        return Dictionary(uniqueKeysWithValues: sheet.rows.flatMap(\.cells).map { ($0.reference, $0.content) })
    }

    @Test func readsSharedInlineAndRichStrings() throws {
        let data = XLSXPackages.workbook(
            sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
                <c r="C1" t="inlineStr"><is><t>Giá trị</t></is></c></row>
                """,
            sharedStrings: "<si><t>Chỉ tiêu</t></si><si><r><t>Đơn vị </t></r><r><t>tính_x005F_x</t></r><rPh><t>x</t></rPh></si>")
        let cells = try cells(data)
        #expect(cells["A1"] == .text("Chỉ tiêu"))
        #expect(cells["B1"] == .text("Đơn vị tính_x"), "rich runs joined, _x005F_ decoded, phonetic guide left out")
        #expect(cells["C1"] == .text("Giá trị"))
    }

    @Test func keepsNumbersAsWrittenAndFormulasByTheirCachedValue() throws {
        let data = XLSXPackages.workbook(sheetData: """
            <row r="2"><c r="A2"><v>41.68</v></c><c r="B2"><f>0.1+0.2</f><v>0.30000000000000004</v></c>\
            <c r="C2"><f>SUM(A1:A3)</f></c><c r="D2" t="str"><f>"x"</f><v>x</v></c><c r="E2" t="e"><v>#DIV/0!</v></c>\
            <c r="F2" t="b"><v>1</v></c><c r="G2"/></row>
            """)
        let cells = try cells(data)
        #expect(cells["A2"] == .number("41.68"))
        #expect(cells["B2"] == .number("0.30000000000000004"))
        #expect(SpreadsheetNumber.decimal("0.30000000000000004") == Decimal(string: "0.3"))
        #expect(SpreadsheetNumber.decimal("41.68").map(SpreadsheetNumber.vietnamese) == "41,68")
        #expect(SpreadsheetNumber.decimal("4999.2099999999991").map(SpreadsheetNumber.vietnamese) == "4999,21")
        #expect(cells["C2"] == .formulaWithoutValue)
        #expect(cells["D2"] == .text("x"))
        #expect(cells["E2"] == .error("#DIV/0!"))
        #expect(cells["F2"] == .boolean(true))
        #expect(cells["G2"] == nil, "an empty cell holds nothing")
    }

    @Test func readsDatesByTheirFormat() throws {
        let data = XLSXPackages.workbook(
            sheetData: #"<row r="1"><c r="A1" s="1"><v>45071</v></c><c r="B1" s="2"><v>45071</v></c><c r="C1" t="d"><v>2023-05-25T00:00:00</v></c></row>"#,
            styles: #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>"#)
        let cells = try cells(data)
        #expect(cells["A1"] == .date("2023-05-25"))
        #expect(cells["B1"] == .date("2023-05-25"))
        #expect(cells["C1"] == .date("2023-05-25"))
    }

    @Test func readsCellsWithoutReferences() throws {
        let data = XLSXPackages.workbook(sheetData: "<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>")
        let cells = try cells(data)
        #expect(cells["B1"] == .number("2") && cells["A2"] == .number("3"))
    }
}

@Suite("XLSX reader refuses broken and hostile files fast")
struct XLSXHostileInputTests {
    private func refusal(_ data: Data) -> (BaoCaoError?, Double) {
        HostileImport.refusal(of: data, by: XLSXImporter(), source: "snn-2023-06.xlsx")
    }

    private func sheet(_ xml: String) -> Data {
        XLSXPackages.workbook(sheetData: "", sheetXML: xml)
    }

    @Test func refusesAnExternalEntity() {
        let (error, seconds) = refusal(sheet(HostileXML.externalEntity(root: "worksheet", namespace: XLSXPackages.main)))
        #expect(error?.kind == .badInput)
        #expect(error?.text(in: .en).hasPrefix("snn-2023-06.xlsx:2: error: xl/worksheets/sheet1.xml: a DOCTYPE is not allowed") == true, "\(String(describing: error))")
        #expect(seconds < 1)
    }

    @Test func refusesBillionLaughs() {
        let (error, seconds) = refusal(sheet(HostileXML.billionLaughs(root: "worksheet", namespace: XLSXPackages.main)))
        #expect(error?.message.en.contains("xl/worksheets/sheet1.xml: a DOCTYPE is not allowed") == true)
        #expect(seconds < 1)
    }

    @Test func refusesAZipBombWithoutInflatingIt() {
        let bomb = XLSXPackages.workbook(sheetData: "", extra: [.init("xl/media/huge.bin", Data(count: 1024), claimedSize: 1 << 30, method: 8)])
        let (error, seconds) = refusal(bomb)
        #expect(error?.text(in: .en).hasPrefix("snn-2023-06.xlsx: error: cannot read as XLSX: entry 'xl/media/huge.bin' would inflate") == true)
        #expect(seconds < 1)
    }

    @Test func refusesARelationshipOutOfThePackage() {
        let (error, seconds) = refusal(XLSXPackages.workbook(sheetData: "", workbookTarget: "../../../../etc/passwd"))
        #expect(error?.message.en == "cannot read as XLSX: a relationship points outside the package ('../../../../etc/passwd')")
        #expect(seconds < 1)
    }

    @Test func refusesAPackageWithoutAWorkbook() {
        let (error, _) = refusal(TestZip([.init("a.txt", text: "x")]).data)
        #expect(error?.message.en == "cannot read as XLSX: no workbook part (xl/workbook.xml): not a spreadsheet")
        let (notZip, _) = refusal(Data("đơn vị;snn".utf8))
        #expect(notZip?.message.en.hasPrefix("cannot read as XLSX: not a zip file") == true)
    }

    /// Found by FuzzXLSXParts: a reference of many letters overflowed the column number and stopped
    /// the process; a row number past the last row could overflow the next one.
    @Test(arguments: [
        (#"<row r="1"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAAA1"><v>1</v></c></row>"#,
         "xl/worksheets/sheet1.xml: tham chiếu ô 'AAAAAAAAAAAAAAAAAAAAAAAAAAA1' sai ở hàng 1"),
        (#"<row r="9223372036854775807"><c><v>1</v></c></row><row><c><v>2</v></c></row>"#,
         "xl/worksheets/sheet1.xml: số hàng '9223372036854775807' sai: bảng tính có các hàng từ 1 đến 1.048.576"),
        (#"<row r="0"><c><v>1</v></c></row>"#, "xl/worksheets/sheet1.xml: số hàng '0' sai: bảng tính có các hàng từ 1 đến 1.048.576"),
        (#"<row r="hai"><c><v>1</v></c></row>"#, "xl/worksheets/sheet1.xml: số hàng 'hai' sai: bảng tính có các hàng từ 1 đến 1.048.576"),
    ])
    func refusesReferencesAndRowsBeyondAWorksheet(sheetData: String, message: String) {
        let (error, _) = refusal(XLSXPackages.workbook(sheetData: sheetData))
        #expect(error?.kind == .badInput)
        #expect(error?.message.vi.hasSuffix(message) == true, "\(String(describing: error))")
    }

    @Test func refusesMutatedWorkbooksWithoutCrashing() throws {
        let original = XLSXPackages.workbook(sheetData: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>41.68</v></c></row>"#,
                                             sharedStrings: "<si><t>mã</t></si>")
        let refusals = try HostileImport.mutatedRefusals(of: original, by: XLSXImporter(), source: "x.xlsx", rounds: 200)
        #expect(refusals.allSatisfy { $0.kind == .badInput })
    }
}
