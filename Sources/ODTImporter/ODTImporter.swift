import BaoCaoCore
import Foundation

/// Reads a department's section written in LibreOffice (`.odt`) into a ``Report``.
///
/// The package is opened with `SafeZipReader` and every part parsed with `SafeXMLReader`, so a
/// broken or hostile file is refused with a clear error before any output is written. What is
/// read and what is skipped is listed in `docs/importers.md`.
public struct ODTImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .odt, extensions: ["odt"], summary: "OpenDocument text (LibreOffice); read safely")
    }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        let package = try ODTPackage(data: data, source: source)
        guard let content = try package.xml("content.xml") else {
            throw package.input.unreadable(.missingPart("content.xml"))
        }
        guard content.is(ODF.office, "document-content"),
            let text = content.child(ODF.office, "body")?.child(ODF.office, "text")
        else {
            throw package.input.badPart(
                "content.xml", .notADocumentPart("OpenDocument text", root: "office:document-content/office:body/office:text"), line: content.line)
        }
        let stylesPart = try package.xml("styles.xml")
        let skipped = SkippedContentLog(file: source)
        let styles = ODFStyles(parts: [("styles.xml", stylesPart), ("content.xml", content)].compactMap { name, root in root.map { (name, $0) } },
                               skipped: skipped)
        let reader = ODFBodyReader(styles: styles, skipped: skipped)
        let (preamble, sections) = reader.body(text)
        skipped.flush(into: log)
        return Report(preamble: preamble, sections: sections, footnotes: reader.footnotes)
    }
}
