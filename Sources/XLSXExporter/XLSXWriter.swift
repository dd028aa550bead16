import BaoCaoCore
import BaoCaoXML
import BaoCaoZip
import Foundation

/// Writes a ``Workbook`` as an XLSX package (SpreadsheetML, ISO/IEC 29500 transitional) with
/// BaoCao's own OOXML writer: parts through ``XMLStreamWriter``, packaged by
/// ``DeterministicZipWriter`` (fixed dates, permissions and entry order), document properties
/// without clock or user name, so that the same workbook always gives the same bytes.
public enum XLSXWriter {
    /// The package as bytes.
    public static func data(_ workbook: Workbook) throws -> Data {
        var styles = StyleTable()
        var strings = SharedStrings()
        var sheetParts: [Data] = []
        for sheet in workbook.sheets {
            sheetParts.append(try part { try WorksheetPart.write($0, sheet: sheet, styles: &styles, strings: &strings) })
        }
        let zip = try DeterministicZipWriter()
        try zip.addEntry("[Content_Types].xml", data: try part { try PackageParts.contentTypes($0, sheetCount: workbook.sheets.count) })
        try zip.addEntry("_rels/.rels", data: try part(PackageParts.rootRelationships))
        try zip.addEntry("docProps/core.xml", data: try part { try PackageParts.core($0, workbook: workbook) })
        try zip.addEntry("docProps/app.xml", data: try part(PackageParts.app))
        try zip.addEntry("xl/workbook.xml", data: try part { try PackageParts.workbook($0, workbook: workbook) })
        try zip.addEntry("xl/_rels/workbook.xml.rels", data: try part { try PackageParts.workbookRelationships($0, sheetCount: workbook.sheets.count) })
        try zip.addEntry("xl/styles.xml", data: try part { try styles.write($0) })
        try zip.addEntry("xl/sharedStrings.xml", data: try part { try strings.write($0) })
        for (index, data) in sheetParts.enumerated() {
            try zip.addEntry("xl/worksheets/sheet\(index + 1).xml", data: data)
        }
        return try zip.finish()
    }

    /// One XML part: the declaration, then what `body` writes.
    private static func part(_ body: (XMLStreamWriter) throws -> Void) throws -> Data {
        var out = Data()
        let writer = try XMLStreamWriter { out.append(contentsOf: $0) }
        try writer.startDocument()
        try body(writer)
        try writer.finish()
        return out
    }
}
