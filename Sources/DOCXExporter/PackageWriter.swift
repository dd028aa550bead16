import BaoCaoXML
import BaoCaoZip
import Foundation

/// Streams XML parts into a deterministic zip in memory and counts the forbidden characters removed from them.
final class PackageWriter {
    private let zip: DeterministicZipWriter
    /// The characters XML 1.0 forbids that were removed, by part.
    private(set) var removedCharacters: [(part: String, count: Int)] = []

    /// Creates an empty package.
    init() throws {
        zip = try DeterministicZipWriter()
    }

    /// Writes one XML part: the declaration, then what `body` writes.
    func xmlPart(_ path: String, _ body: (XMLStreamWriter) throws -> Void) throws {
        try zip.addEntry(path) { sink in
            try withoutActuallyEscaping(sink) { sink in
                let writer = try XMLStreamWriter(sink: sink)
                try writer.startDocument()
                try body(writer)
                try writer.finish()
                if writer.removedCharacters > 0 { removedCharacters.append((path, writer.removedCharacters)) }
            }
        }
    }

    /// The package's bytes.
    func finish() throws -> Data { try zip.finish() }
}
