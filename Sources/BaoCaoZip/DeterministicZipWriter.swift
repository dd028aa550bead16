import Foundation
import ZIPFoundation

/// Builds a zip package in memory whose bytes depend only on what is added: fixed entry dates and
/// permissions, entries in the order they are added. ``finish()`` returns the package's bytes;
/// nothing is written to disk.
///
///     let zip = try DeterministicZipWriter()
///     try zip.addEntry("mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8), compressed: false)
///     try zip.addEntry("content.xml") { sink in try bytes.withUnsafeBytes { try sink($0) } }
///     let package = try zip.finish()
package final class DeterministicZipWriter {
    private let archive: Archive

    /// The modification date stamped on every entry: 1980-01-01 00:00 in the zip's DOS format.
    private static let fixedDate: Date = {
        // ZIPFoundation converts dates with the current calendar and time zone; build the date in
        // those so that the DOS fields always read 1980-01-01 00:00, wherever the run happens.
        Calendar.current.date(from: DateComponents(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)) ?? Date(timeIntervalSince1970: 315_532_800)
    }()

    /// Creates a new, empty package in memory.
    package init() throws {
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw ZipError("cannot create a zip package in memory: \(error)")
        }
    }

    /// Adds an entry holding `data`; `compressed: false` stores it (as ODF's `mimetype` must be).
    package func addEntry(_ path: String, data: Data, compressed: Bool = true) throws {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.fixedDate,
                permissions: 0o644, compressionMethod: compressed ? .deflate : .none
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        } catch {
            throw ZipError("cannot add \(path) to the zip: \(error)")
        }
    }

    /// Adds an entry whose content `body` writes through the chunk sink it is given.
    package func addEntry(_ path: String, compressed: Bool = true, writing body: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        var buffer = Data()
        try body { chunk in buffer.append(contentsOf: chunk) }
        try addEntry(path, data: buffer, compressed: compressed)
    }

    /// The bytes of the package with every entry added so far.
    package func finish() throws -> Data {
        guard let data = archive.data else { throw ZipError("the zip package in memory cannot be read back") }
        return data
    }
}

/// A failure in the zip layer, converted to ``BaoCaoError`` by the format targets.
package struct ZipError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    package var message: String

    /// Creates an error.
    package init(_ message: String) { self.message = message }

    package var description: String { message }
}
