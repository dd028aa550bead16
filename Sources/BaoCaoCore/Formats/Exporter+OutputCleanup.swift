import Foundation

extension Exporter {
    /// Runs `write`, which creates `destination`; if it fails, removes whatever it left there so
    /// that no half-written file remains, and throws a ``BaoCaoError``.
    ///
    /// A ``BaoCaoError`` from `write` is rethrown as it is; any other error becomes an `.output`
    /// error "cannot write the `fileKind` file: …" naming `destination`.
    ///
    ///     try removingPartialOutput(at: url, fileKind: "DOCX") { try writePackage(report, to: url) }
    public func removingPartialOutput(at destination: URL, fileKind: String, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch {
            try? FileManager.default.removeItem(at: destination)
            if let error = error as? BaoCaoError { throw error }
            throw BaoCaoError(.output, .cannotWriteFile(kind: fileKind, reason: "\(error)"), at: SourceLocation(file: destination.path))
        }
    }
}
