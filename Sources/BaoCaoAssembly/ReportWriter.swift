import BaoCaoCore
import Foundation

/// Writes an assembled report in several formats into one folder, all or nothing.
///
/// Every format is first exported to memory; only when all succeeded is each file written into
/// place with ``AtomicFile`` (temporary file, then rename), so a failing exporter leaves the folder
/// as it was.
public struct ReportWriter {
    /// The formats to look exporters up in.
    public var registry: FormatRegistry
    /// Receives one line per file written.
    public var progress: (String) -> Void

    /// Creates a writer.
    public init(registry: FormatRegistry, progress: @escaping (String) -> Void = { _ in }) {
        self.registry = registry
        self.progress = progress
    }

    /// Writes an assembly: the report in each format, except CSV, which is the statistics annex in
    /// `csv`'s dialect (an RFC 4180 file starts with a UTF-8 byte order mark only when
    /// `options.byteOrderMark`; the Excel dialect always does).
    @discardableResult
    public func write(_ assembly: Assembly, formats: [String], to directory: String, baseName: String,
                      options: ExportOptions = ExportOptions(), csv dialect: StatisticsCSVDialect = .excel,
                      log: DiagnosticLog) throws -> [String] {
        let annex = assembly.statisticsCSV(dialect)
        let csv = options.byteOrderMark && dialect == .rfc4180 ? Data([0xEF, 0xBB, 0xBF]) + annex : annex
        return try write(assembly.report, formats: formats, to: directory, baseName: baseName, options: options,
                         replacing: [.csv: csv], log: log)
    }

    /// Writes `report` as `<baseName>.<extension>` in `directory` for each format name; returns the paths.
    ///
    /// `replacing` gives ready-made content for some format names instead of their exporter's output.
    ///
    /// - Throws: ``BaoCaoError`` (usage) for an unknown format, or whatever an exporter throws.
    @discardableResult
    public func write(_ report: Report, formats: [String], to directory: String, baseName: String,
                      options: ExportOptions = ExportOptions(), replacing: [FormatName: Data] = [:],
                      log: DiagnosticLog) throws -> [String] {
        let exporters = try formats.map { try registry.exporter(named: $0, forPath: "") }
        var written: [(name: String, data: Data)] = []
        for exporter in exporters {
            let name = "\(baseName).\(exporter.info.extensions.first ?? exporter.info.name.rawValue)"
            progress("writing \(name)")
            if let ready = replacing[exporter.info.name] {
                written.append((name, ready))
                continue
            }
            written.append((name, try exporter.export(report, options: options, log: log)))
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try written.map { name, data in
            let path = (directory as NSString).appendingPathComponent(name)
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
            return path
        }
    }
}
