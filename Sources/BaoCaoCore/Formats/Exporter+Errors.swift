import Foundation

extension Exporter {
    /// Runs `produce` and returns its bytes; a failure of a lower layer (XML, zip) becomes a
    /// ``BaoCaoError`` of kind `.output`, "cannot write the `fileKind` file: …".
    ///
    ///     try producing("DOCX") { try writePackage(report) }
    package func producing(_ fileKind: String, _ produce: () throws -> Data) throws -> Data {
        do {
            return try produce()
        } catch let error as BaoCaoError {
            throw error
        } catch {
            throw BaoCaoError(.output, .cannotWriteFile(kind: fileKind, reason: "\(error)"))
        }
    }
}
