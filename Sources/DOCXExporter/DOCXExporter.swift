import BaoCaoCore
import BaoCaoOfficePackage
import Foundation

/// Writes a report as a DOCX file in Decree 30's layout (Mẫu 1.4): WordprocessingML streamed
/// through libxml2 and packaged in a deterministic zip.
///
/// The package holds the document, styles, settings, footnotes (with separators), numbering
/// (real Word lists), two headers (page numbers from page 2 on) and the core and extended
/// properties. The same report and layout give byte-identical files.
///
///     let bytes = try DOCXExporter().export(report, options: ExportOptions(), log: DiagnosticLog())
public struct DOCXExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// The format name "docx" and its extension.
    public var info: FormatInfo {
        FormatInfo(name: .docx, extensions: ["docx"], summary: "Word document in the official Decree 30 layout")
    }

    /// The report as a DOCX package; warns when characters XML 1.0 forbids were removed.
    ///
    /// - Throws: ``BaoCaoError`` of kind `.usage` for layout values outside Decree 30's ranges,
    ///   `.output` when the package cannot be built.
    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        let layout = options.layout
        let report = report.printable(layout: layout)
        return try XMLPackageWriter.export("DOCX", layout: layout, log: log) { package in
            let numbering = ListNumbering()
            let footnotes = FootnotesPart(report: report, log: log)
            try package.xmlPart("[Content_Types].xml", PackageParts.writeContentTypes)
            try package.xmlPart("_rels/.rels", PackageParts.writeRootRelationships)
            try package.xmlPart("docProps/core.xml") { try PropertiesParts.writeCore($0, report: report) }
            try package.xmlPart("docProps/app.xml") { try PropertiesParts.writeApp($0, report: report) }
            try package.xmlPart("word/_rels/document.xml.rels", PackageParts.writeDocumentRelationships)
            try package.xmlPart("word/document.xml") { xml in
                let body = BodyWriter(xml: xml, layout: layout, numbering: numbering, footnoteNumbers: footnotes.numbers, log: log)
                try DocumentPart(report: report).write(body)
            }
            try package.xmlPart("word/footnotes.xml") { xml in
                try footnotes.write(xml) {
                    BodyWriter(xml: $0, layout: layout, numbering: numbering, footnoteNumbers: nil, log: log)
                }
            }
            try package.xmlPart("word/numbering.xml") { try NumberingPart(layout: layout, numbering: numbering).write($0) }
            try package.xmlPart("word/styles.xml") { try StylesPart(layout: layout).write($0) }
            try package.xmlPart("word/settings.xml", SettingsPart.write)
            try package.xmlPart("word/header1.xml") { try PageNumberHeaders.writePageNumber($0, draft: report.isDraft) }
            try package.xmlPart("word/header2.xml") { try PageNumberHeaders.writeFirstPage($0, draft: report.isDraft) }
        }
    }
}
