import BaoCaoCore
import BaoCaoFormats
import Foundation

/// What every fuzz target does with a document it managed to import: write it again as Markdown,
/// CSV and JSON (the writers that run on every conversion), so that an imported value a writer
/// cannot handle (an overflowing list number, a runaway grid) is found too.
public enum ReportChecks {
    /// A folder of this process for the outputs, emptied by each write.
    private static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Imports `data` with the importer of `format`; on success writes the report back out.
    public static func importAndWrite(_ data: Data, format: String, source: String) {
        let log = DiagnosticLog()
        guard let importer = try? FormatRegistry.builtIn.importer(named: format, forPath: source),
            let report = try? importer.importReport(from: data, source: source, log: log)
        else { return }
        write(report, log: log)
    }

    /// Writes `report` as Markdown, CSV and JSON, discarding the files.
    public static func write(_ report: Report, log: DiagnosticLog) {
        for name in ["markdown", "csv", "json"] {
            guard let exporter = try? FormatRegistry.builtIn.exporter(named: name, forPath: "") else { continue }
            let url = folder.appendingPathComponent("out.\(name)")
            try? exporter.export(report, to: url, options: ExportOptions(), log: log)
            try? FileManager.default.removeItem(at: url)
        }
    }
}
