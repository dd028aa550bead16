import Foundation

extension Exporter {
    /// Runs `produce` and returns its bytes; a failure of a lower layer (XML, zip) becomes a
    /// ``BaoCaoError`` of kind `.output`, "cannot write the `fileKind` file: …".
    ///
    ///     try producing("XLSX") { try Self.data(report) }
    package func producing(_ fileKind: String, _ produce: () throws -> Data) throws -> Data {
        try BaoCaoError.producingOutput(fileKind, produce)
    }
}

extension BaoCaoError {
    /// Runs `produce`; an error that is not a ``BaoCaoError`` becomes one of kind `.output`,
    /// "cannot write the `fileKind` file: …".
    package static func producingOutput<T>(_ fileKind: String, _ produce: () throws -> T) throws -> T {
        do {
            return try produce()
        } catch let error as BaoCaoError {
            throw error
        } catch {
            throw BaoCaoError(.output, .cannotWriteFile(kind: fileKind, reason: "\(error)"))
        }
    }
}
