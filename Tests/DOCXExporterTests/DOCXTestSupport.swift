import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation

/// Exports reports into scratch folders and reads their parts back.
enum DOCXOutput {
    /// Exports `report` to a new file and returns its URL and the log.
    static func export(_ report: Report, layout: PageLayout = PageLayout()) throws -> (url: URL, log: DiagnosticLog) {
        let file = try ExportedFile(report, with: DOCXExporter(), options: ExportOptions(layout: layout))
        return (file.url, file.log)
    }

    /// The text of one part of a DOCX file.
    static func part(_ name: String, of url: URL) throws -> String {
        try UnzippedPackage.part(name, of: url)
    }
}
