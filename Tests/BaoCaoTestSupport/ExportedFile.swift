import BaoCaoCore
import Foundation

/// A report written by an exporter into a new scratch folder, and ways to look inside the file.
public struct ExportedFile {
    /// Where the file is.
    public let url: URL
    /// The diagnostics of the export.
    public let log: DiagnosticLog

    /// Exports `report` with `exporter` and saves the bytes as `out.EXT` (the format's first
    /// extension) in a new scratch folder, for the outside tools that read files.
    public init(_ report: Report, with exporter: some Exporter, options: ExportOptions = ExportOptions()) throws {
        let name = "out." + (exporter.info.extensions.first ?? exporter.info.name.rawValue)
        url = try TestPaths.scratchDirectory().appendingPathComponent(name)
        log = DiagnosticLog()
        try exporter.export(report, options: options, log: log).write(to: url)
    }

    /// The file's bytes.
    public var bytes: Data { get throws { try Data(contentsOf: url) } }

    /// One part of the zip package as text, read by `unzip`.
    public func part(_ name: String) throws -> String { try UnzippedPackage.part(name, of: url) }

    /// The names of the zip package's entries, in zip order, read by `unzip`.
    public func entryNames() throws -> [String] { try UnzippedPackage.entryNames(of: url) }
}

/// Reads zip packages (DOCX, ODT) with `unzip`, a reader independent of the exporters' zip code.
public enum UnzippedPackage {
    /// The text of the part `name` of the package at `url`.
    ///
    /// - Throws: ``ExternalTool/Missing`` without `unzip`; ``BaoCaoError`` when there is no such part.
    public static func part(_ name: String, of url: URL) throws -> String {
        // unzip reads names as patterns: escape the brackets of "[Content_Types].xml".
        let pattern = name.replacingOccurrences(of: "[", with: "\\[")
        let output = try ExternalTool.run("unzip", ["-p", url.path, pattern])
        guard output.status == 0 else { throw BaoCaoError(.badInput, .technicalDetail("no part \(name) in \(url.path): \(output.stderr)")) }
        return output.stdout
    }

    /// The names of the entries of the package at `url`, in zip order.
    public static func entryNames(of url: URL) throws -> [String] {
        let output = try ExternalTool.run("unzip", ["-Z1", url.path])
        guard output.status == 0 else { throw BaoCaoError(.badInput, .technicalDetail("cannot list \(url.path): \(output.stderr)")) }
        return output.stdout.split(separator: "\n").map(String.init)
    }
}
