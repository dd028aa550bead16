import Foundation
import ZIPFoundation

/// Writes a zip package whose bytes depend only on what is added: fixed entry dates and
/// permissions, entries in the order they are added.
///
/// Entry content can be streamed: ``addEntry(_:compressed:writing:)`` spools what the closure
/// writes to a temporary file in chunks and deflates it from there, so a large XML part is never
/// held whole in memory.
public final class DeterministicZipWriter {
    private let archive: Archive
    private let spoolDirectory: URL

    /// The modification date stamped on every entry: 1980-01-01 00:00 in the zip's DOS format.
    private static let fixedDate: Date = {
        // ZIPFoundation converts dates with the current calendar and time zone; build the date in
        // those so that the DOS fields always read 1980-01-01 00:00, wherever the run happens.
        Calendar.current.date(from: DateComponents(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)) ?? Date(timeIntervalSince1970: 315_532_800)
    }()

    /// Creates a new, empty zip file at `url` (which must not exist).
    public init(creatingAt url: URL) throws {
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw ZipError("cannot create the zip file \(url.path): \(error)")
        }
        spoolDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-zip-\(UUID().uuidString)")
    }

    deinit {
        try? FileManager.default.removeItem(at: spoolDirectory)
    }

    /// Adds an entry holding `data`; `compressed: false` stores it (as ODF's `mimetype` must be).
    public func addEntry(_ path: String, data: Data, compressed: Bool = true) throws {
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
    ///
    /// Content stays in memory up to ``spoolThreshold`` bytes; a larger part goes on to a temporary
    /// file in chunks, so memory stays bounded whatever the size of the part.
    public func addEntry(_ path: String, compressed: Bool = true, writing body: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        var buffer = Data()
        var spool: (url: URL, handle: FileHandle)?
        defer {
            if let spool {
                try? spool.handle.close()
                try? FileManager.default.removeItem(at: spool.url)
            }
        }
        try body { chunk in
            buffer.append(contentsOf: chunk)
            guard buffer.count >= Self.spoolThreshold else { return }
            if spool == nil { spool = try makeSpoolFile() }
            try spool!.handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        guard let spool else {
            try addEntry(path, data: buffer, compressed: compressed)
            return
        }
        try spool.handle.write(contentsOf: buffer)
        try spool.handle.close()
        let size = try FileManager.default.attributesOfItem(atPath: spool.url.path)[.size] as? Int64 ?? 0
        let reader = try FileHandle(forReadingFrom: spool.url)
        defer { try? reader.close() }
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, modificationDate: Self.fixedDate,
                permissions: 0o644, compressionMethod: compressed ? .deflate : .none
            ) { position, chunkSize in
                try reader.seek(toOffset: UInt64(position))
                return try reader.read(upToCount: chunkSize) ?? Data()
            }
        } catch {
            throw ZipError("cannot add \(path) to the zip: \(error)")
        }
    }

    /// How many bytes of one part are kept in memory before the rest goes to a temporary file.
    public static let spoolThreshold = 1 << 20

    private func makeSpoolFile() throws -> (url: URL, handle: FileHandle) {
        try FileManager.default.createDirectory(at: spoolDirectory, withIntermediateDirectories: true)
        let url = spoolDirectory.appendingPathComponent(UUID().uuidString)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ZipError("cannot create a temporary file in \(spoolDirectory.path)")
        }
        return (url, try FileHandle(forWritingTo: url))
    }
}

/// A failure in the zip layer, converted to ``BaoCaoError`` by the format targets.
public struct ZipError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
