import BaoCaoCore
import BaoCaoOfficePackage
import Foundation

/// Writes a report as an OpenDocument 1.3 text document (ISO/IEC 26300) in the layout of Decree
/// 30/2020, Mẫu 1.4, using only the OASIS vocabulary so that it validates against the strict
/// ODF 1.3 schema.
///
/// The package holds `mimetype` (first, stored, no extra field), `content.xml`, `styles.xml`,
/// `meta.xml` and `META-INF/manifest.xml`, each streamed through libxml2's writer. The same
/// report gives the same bytes on every run.
///
///     let bytes = try ODTExporter().export(report, options: ExportOptions(), log: DiagnosticLog())
public struct ODTExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// "odt", for files ending in `.odt`.
    public var info: FormatInfo {
        FormatInfo(name: .odt, extensions: ["odt"], summary: "OpenDocument 1.3 text (LibreOffice), Decree 30 layout")
    }

    /// The report as an OpenDocument package.
    ///
    /// - Throws: ``BaoCaoError`` of kind `.usage` for a layout outside Decree 30's ranges, of kind
    ///   `.output` when the package cannot be built.
    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        let layout = options.layout
        let report = report.printable(layout: layout)
        return try XMLPackageWriter.export("OpenDocument", layout: layout, log: log) { package in
            try package.storedPart("mimetype", Data(ODF.mediaType.utf8))
            try package.xmlPart("content.xml") { try ContentWriter(xml: $0, report: report, layout: layout, log: log).write() }
            try package.xmlPart("styles.xml") { try StylesPart(layout: layout, draft: report.isDraft, highlights: report.isDraft || Self.hasHighlight(report)).write(to: $0) }
            try package.xmlPart("meta.xml") { try MetaPart(report: report).write(to: $0) }
            let entries = ["content.xml", "styles.xml", "meta.xml"].map { (path: $0, mediaType: "text/xml") }
            try package.xmlPart("META-INF/manifest.xml") { try ManifestPart(entries: entries).write(to: $0) }
        }
    }

    /// True when some text of `report` is highlighted, so that styles.xml needs the highlight style.
    private static func hasHighlight(_ report: Report) -> Bool {
        func marked(_ inlines: [Inline]) -> Bool {
            inlines.contains { inline in
                guard case .styled(let style, let children) = inline else { return false }
                return style == .highlight || marked(children)
            }
        }
        var found = false
        report.forEachInlineRun(includingFootnotes: true) { if marked($0) { found = true } }
        return found
    }
}
