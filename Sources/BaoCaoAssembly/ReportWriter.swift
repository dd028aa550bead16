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

    /// Writes `report` as `<baseName>.<extension>` in `directory` for each format name; returns the paths.
    ///
    /// - Throws: ``BaoCaoError`` (usage) for an unknown format, or whatever an exporter throws.
    @discardableResult
    public func write(_ report: Report, formats: [String], to directory: String, baseName: String,
                      options: ExportOptions = ExportOptions(), log: DiagnosticLog) throws -> [String] {
        try write(files(report, formats: formats, baseName: baseName, options: options, log: log), to: directory)
    }

    /// Exports `report` in each format to memory: `<baseName>.<extension>` and its bytes, in format order.
    public func files(_ report: Report, formats: [String], baseName: String,
                      options: ExportOptions = ExportOptions(), log: DiagnosticLog) throws -> [(name: String, data: Data)] {
        let exporters = try formats.map { try registry.exporter(named: $0, forPath: "") }
        var written: [(name: String, data: Data)] = []
        for exporter in exporters {
            let name = "\(baseName).\(exporter.info.extensions.first ?? exporter.info.name.rawValue)"
            progress("writing \(name)")
            written.append((name, try exporter.export(report, options: options, log: log)))
        }
        return written
    }

    /// Writes each file into `directory`, atomically; returns the paths.
    private func write(_ files: [(name: String, data: Data)], to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try files.map { name, data in
            let path = (directory as NSString).appendingPathComponent(name)
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
            return path
        }
    }
}
