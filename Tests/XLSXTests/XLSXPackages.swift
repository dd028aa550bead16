import BaoCaoTestSupport
import Foundation

/// Small XLSX packages in memory: a workbook of one sheet whose `<sheetData>` is given, with
/// optional shared strings, styles and extra entries.
enum XLSXPackages {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// `sheetPart`, when given, is the sheet's zip entry as it stands (deflated, claiming a size…).
    static func workbook(sheetData: String, sharedStrings: String? = nil, styles: String? = nil, sheetXML: String? = nil,
                         sheetPart: TestZip.Entry? = nil, workbookTarget: String = "xl/workbook.xml", extra: [TestZip.Entry] = []) -> Data {
        var entries: [TestZip.Entry] = [
            .init("_rels/.rels", text: """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(workbookTarget)"/>\
                </Relationships>
                """),
            .init("xl/workbook.xml", text: """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Biểu" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            .init("xl/_rels/workbook.xml.rels", text: """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            sheetPart ?? .init("xl/worksheets/sheet1.xml", text: sheetXML ?? """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="\(main)"><sheetData>\(sheetData)</sheetData></worksheet>
                """),
        ]
        if let sharedStrings {
            entries.append(.init("xl/sharedStrings.xml", text: "<sst xmlns=\"\(main)\">\(sharedStrings)</sst>"))
        }
        if let styles {
            entries.append(.init("xl/styles.xml", text: "<styleSheet xmlns=\"\(main)\">\(styles)</styleSheet>"))
        }
        return TestZip(entries + extra).data
    }
}
