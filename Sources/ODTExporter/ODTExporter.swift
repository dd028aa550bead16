import BaoCaoCore
import BaoCaoXML
import BaoCaoZip
import Foundation

/// Writes a report as an OpenDocument 1.3 text document (ISO/IEC 26300) in the layout of Decree
/// 30/2020, Mẫu 1.4, using only the OASIS vocabulary so that it validates against the strict
/// ODF 1.3 schema.
///
/// The package holds `mimetype` (first, stored, no extra field), `content.xml`, `styles.xml`,
/// `meta.xml` and `META-INF/manifest.xml`, each streamed through libxml2's writer. The same
/// report gives the same bytes on every run.
///
///     try ODTExporter().export(report, to: url, options: ExportOptions(), log: DiagnosticLog())
public struct ODTExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    /// "odt", for files ending in `.odt`.
    public var info: FormatInfo {
        FormatInfo(name: "odt", extensions: ["odt"], summary: "OpenDocument 1.3 text (LibreOffice), Decree 30 layout")
    }

    /// Writes `report` to `destination`; on failure nothing is left there.
    ///
    /// - Throws: ``BaoCaoError`` of kind `.usage` for a layout outside Decree 30's ranges, of kind
    ///   `.output` when the package cannot be written.
    public func export(_ report: Report, to destination: URL, options: ExportOptions, log: DiagnosticLog) throws {
        let layout = options.layout
        try layout.validate()
        try removingPartialOutput(at: destination, fileKind: "OpenDocument") {
            try writePackage(report, layout: layout, to: destination, log: log)
        }
    }

    private func writePackage(_ report: Report, layout: PageLayout, to destination: URL, log: DiagnosticLog) throws {
        let zip = try DeterministicZipWriter(creatingAt: destination)
        try zip.addEntry("mimetype", data: Data(ODFPackage.mediaType.utf8), compressed: false)
        var removed = 0
        func part(_ path: String, _ write: (XMLStreamWriter) throws -> Void) throws {
            try zip.addEntry(path) { sink in
                try withoutActuallyEscaping(sink) { sink in
                    let xml = try XMLStreamWriter(sink: sink)
                    try write(xml)
                    removed += xml.removedCharacters
                }
            }
        }
        try part("content.xml") { try ContentWriter(xml: $0, report: report, layout: layout, log: log).write() }
        try part("styles.xml") { try StylesPart(layout: layout).write(to: $0) }
        try part("meta.xml") { try MetaPart(report: report).write(to: $0) }
        let entries = ["content.xml", "styles.xml", "meta.xml"].map { (path: $0, mediaType: "text/xml") }
        try part("META-INF/manifest.xml") { try ManifestPart(entries: entries).write(to: $0) }
        if removed > 0 {
            log.warning(.removedForbiddenCharacters(removed, format: "ODT", part: "content.xml"))
        }
    }
}
