import BaoCaoCore
import Foundation

/// Writes the report as PDF (or PDF/A-2b with ``ExportOptions/archival``) by printing the DOCX of
/// another exporter with LibreOffice headless.
///
/// The DOCX exporter is handed in at registration (`BaoCaoFormats`), so that this target depends on
/// the core only. Its bytes go into a private scratch folder, beside LibreOffice's own profile for
/// the run, and the PDF LibreOffice writes there is returned; the folder is removed either way.
///
/// A PDF is not byte-reproducible: LibreOffice stamps it with the time of conversion and a random
/// document identifier (docs/docx-layout.md).
public struct PDFExporter: Exporter {
    public let info = FormatInfo(name: .pdf, extensions: ["pdf"], summary: "PDF or PDF/A-2b (--pdfa), printed by LibreOffice from the DOCX")

    /// The exporter whose output LibreOffice prints (the DOCX exporter).
    public let document: any Exporter
    /// How LibreOffice is found and run.
    public let office: OfficeConverter

    /// Creates a PDF exporter printing what `document` writes, with `office`.
    public init(printing document: any Exporter, office: OfficeConverter = OfficeConverter()) {
        self.document = document
        self.office = office
    }

    /// The report printed to PDF.
    ///
    /// - Throws: ``BaoCaoError`` (output) when LibreOffice is missing (naming the Debian package),
    ///   fails, or overruns its time limit.
    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        let program = try office.locate()
        let printed = try document.export(report, options: options, log: log)
        return try producing("PDF") {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-pdf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let source = scratch.appendingPathComponent("report.\(document.info.extensions.first ?? document.info.name.rawValue)")
            try printed.write(to: source)
            let pdf = try office.convert(source, toPDFIn: scratch, archival: options.archival, program: program)
            FontSubstitution.warnIfSubstituted(log: log, office: office)
            return try Data(contentsOf: pdf)
        }
    }
}
