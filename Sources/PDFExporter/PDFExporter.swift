import BaoCaoCore
import Foundation

/// Writes the report as PDF (or PDF/A-2b with ``ExportOptions/archival``) by printing the DOCX of
/// another exporter with LibreOffice headless.
///
/// The DOCX exporter is handed in at registration (`BaoCaoFormats`), so that this target depends on
/// the core only. The DOCX goes into a private scratch folder with LibreOffice's profile; the PDF
/// is moved to `destination`, which the caller renames into place.
///
/// A PDF is not byte-reproducible: LibreOffice stamps it with the time of conversion and a random
/// document identifier (docs/docx-layout.md).
public struct PDFExporter: Exporter {
    public let info = FormatInfo(name: "pdf", extensions: ["pdf"], summary: "PDF or PDF/A-2b (--pdfa), printed by LibreOffice from the DOCX")

    /// The exporter whose output LibreOffice prints (the DOCX exporter).
    public let document: any Exporter
    /// How LibreOffice is found and run.
    public let office: OfficeConverter

    /// Creates a PDF exporter printing what `document` writes, with `office`.
    public init(printing document: any Exporter, office: OfficeConverter = OfficeConverter()) {
        self.document = document
        self.office = office
    }

    public func export(_ report: Report, to destination: URL, options: ExportOptions, log: DiagnosticLog) throws {
        try removingPartialOutput(at: destination, fileKind: "PDF") {
            let program = try office.locate()
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-pdf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let source = scratch.appendingPathComponent("report.\(document.info.extensions.first ?? document.info.name)")
            try document.export(report, to: source, options: options, log: log)
            let pdf = try office.convert(source, toPDFIn: scratch, archival: options.archival, program: program)
            FontSubstitution.warnIfSubstituted(log: log)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.moveItem(at: pdf, to: destination)
        }
    }
}
