/// The list of importers and exporters a program knows, looked up by name or file extension.
///
/// Built-in formats are listed once, in `BaoCaoFormats`; a program may add its own through the
/// same initialiser. Code that needs a format takes a registry from its caller (it is never
/// assumed), so a program's own registry is the one used everywhere.
public struct FormatRegistry: Sendable {
    /// The importers, in listing order.
    public let importers: [any Importer]
    /// The exporters, in listing order.
    public let exporters: [any Exporter]

    /// Creates a registry from importers and exporters.
    public init(importers: [any Importer], exporters: [any Exporter]) {
        self.importers = importers
        self.exporters = exporters
    }

    /// The importer of the format `name`.
    ///
    /// - Throws: ``BaoCaoError`` (usage) when the registry has no such importer.
    public func importer(_ name: FormatName) throws -> any Importer {
        try importer(named: name.rawValue, forPath: "")
    }

    /// The exporter of the format `name`.
    ///
    /// - Throws: ``BaoCaoError`` (usage) when the registry has no such exporter.
    public func exporter(_ name: FormatName) throws -> any Exporter {
        try exporter(named: name.rawValue, forPath: "")
    }

    /// The importer for a format name, or for the extension of `path` when `name` is `nil`.
    public func importer(named name: String?, forPath path: String) throws -> any Importer {
        try find(importers.map { ($0.info, $0) }, name: name, path: path, direction: "input")
    }

    /// The exporter for a format name, or for the extension of `path` when `name` is `nil`.
    public func exporter(named name: String?, forPath path: String) throws -> any Exporter {
        try find(exporters.map { ($0.info, $0) }, name: name, path: path, direction: "output")
    }

    private func find<T>(_ candidates: [(FormatInfo, T)], name: String?, path: String, direction: String) throws -> T {
        if let name {
            let key = name.lowercased()
            if let hit = candidates.first(where: { $0.0.name.rawValue == key || $0.0.extensions.contains(key) }) { return hit.1 }
            throw BaoCaoError(.usage, .unknownFormat(name, output: direction == "output", known: candidates.map(\.0.name.rawValue)))
        }
        let ext = path.split(separator: "/").last.flatMap { name in
            name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
        }
        guard let ext else {
            throw BaoCaoError(.usage, .formatNotInName(path, output: direction == "output"))
        }
        if let hit = candidates.first(where: { $0.0.extensions.contains(ext) }) { return hit.1 }
        throw BaoCaoError(.usage, .noFormatForExtension(ext, path: path, output: direction == "output"))
    }
}
