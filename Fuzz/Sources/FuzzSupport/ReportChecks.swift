import BaoCaoCore
import BaoCaoFormats
import Foundation

/// What every fuzz target does with a document it managed to import: write it again as Markdown,
/// CSV and JSON (in memory), so that an imported value a writer cannot handle (an overflowing
/// list number, a runaway grid) is found too.
public enum ReportChecks {
    /// Imports `data` with the importer of `format`; on success writes the report back out.
    public static func importAndWrite(_ data: Data, format: FormatName, source: String) {
        let log = DiagnosticLog()
        guard let importer = try? FormatRegistry.builtIn.importer(format),
            let report = try? importer.importReport(from: data, source: source, log: log)
        else { return }
        write(report, log: log)
    }

    /// Writes `report` as Markdown, CSV and JSON, discarding the bytes.
    public static func write(_ report: Report, log: DiagnosticLog) {
        for name: FormatName in [.markdown, .csv, .json] {
            _ = try? FormatRegistry.builtIn.exporter(name).export(report, options: ExportOptions(), log: log)
        }
    }
}
