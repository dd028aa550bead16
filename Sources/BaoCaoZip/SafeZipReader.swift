import Foundation
import ZIPFoundation

/// Reads entries of an untrusted zip package (DOCX, ODT) into memory, with every size bounded.
///
/// The layout is checked first (every record inside the file, no ZIP64: see `ZipLayoutCheck`),
/// then the central directory, when the reader is created and before anything is inflated:
/// entry count, each entry's declared uncompressed size, their total, and the inflate ratio
/// (declared uncompressed size over compressed size). While inflating, the bytes actually
/// produced are counted too, so an entry whose header understates its size stops at the declared
/// size. Entry names are only ever used as lookup keys, never as paths: nothing touches the file
/// system.
///
///     let zip = try SafeZipReader(data: bytes)
///     let xml = try zip.read("word/document.xml")
package final class SafeZipReader {
    /// Bounds on a package.
    package struct Limits: Sendable {
        /// The largest zip file accepted, in bytes.
        package var maxArchiveSize: Int
        /// The most entries a package may list.
        package var maxEntryCount: Int
        /// The largest declared uncompressed size of one entry, in bytes.
        package var maxEntrySize: UInt64
        /// The largest sum of declared uncompressed sizes, in bytes.
        package var maxTotalSize: UInt64
        /// The largest inflate ratio allowed for an entry bigger than ``ratioThreshold``.
        package var maxRatio: UInt64
        /// Entries up to this uncompressed size are exempt from the ratio check (small parts compress well).
        package var ratioThreshold: UInt64

        /// Creates limits; the defaults fit real office documents with room to spare.
        package init(
            maxArchiveSize: Int = 128 << 20, maxEntryCount: Int = 10_000, maxEntrySize: UInt64 = 64 << 20,
            maxTotalSize: UInt64 = 256 << 20, maxRatio: UInt64 = 200, ratioThreshold: UInt64 = 1 << 20
        ) {
            self.maxArchiveSize = maxArchiveSize
            self.maxEntryCount = maxEntryCount
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
            self.maxRatio = maxRatio
            self.ratioThreshold = ratioThreshold
        }
    }

    private let archive: Archive
    private let entries: [String: Entry]
    /// The package's bytes, and where each entry's compressed bytes lie in them.
    private let data: Data
    private let entryData: [String: ZipLayoutCheck.EntryData]
    /// The entry names in the order the central directory lists them.
    package let entryNames: [String]

    /// Opens a package held in memory and checks its central directory against `limits`.
    ///
    /// - Throws: ``ZipError`` for data that is not a zip, a truncated zip, or a package beyond the limits.
    package init(data: Data, limits: Limits = Limits()) throws(ZipError) {
        guard data.count >= 22 else {
            throw ZipError("not a zip file (only \(data.count) bytes)")
        }
        guard data.count <= limits.maxArchiveSize else {
            throw ZipError("the file has \(data.count) bytes, above the limit of \(limits.maxArchiveSize)")
        }
        guard data.starts(with: [0x50, 0x4B]) else { throw ZipError("not a zip file") }
        let located = try ZipLayoutCheck.check(data)
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ZipError("the zip file is truncated or damaged (no end of central directory)")
        }
        var entries: [String: Entry] = [:]
        var entryData: [String: ZipLayoutCheck.EntryData] = [:]
        var names: [String] = []
        var total: UInt64 = 0
        for entry in archive {
            guard names.count < limits.maxEntryCount else {
                throw ZipError("the zip has more than \(limits.maxEntryCount) entries")
            }
            let name = entry.path
            let size = entry.uncompressedSize
            guard size <= limits.maxEntrySize else {
                throw ZipError("entry '\(name)' would inflate to \(size) bytes, above the limit of \(limits.maxEntrySize)")
            }
            if size > limits.ratioThreshold {
                let compressed = max(entry.compressedSize, 1)
                guard size / compressed <= limits.maxRatio else {
                    throw ZipError("entry '\(name)' would inflate \(size / compressed) times (\(compressed) to \(size) bytes), above the limit of \(limits.maxRatio)")
                }
            }
            total += size
            guard total <= limits.maxTotalSize else {
                throw ZipError("the zip would inflate to more than \(limits.maxTotalSize) bytes")
            }
            guard entries[name] == nil else { throw ZipError("the zip lists '\(name)' twice") }
            entries[name] = entry
            // ZIPFoundation lists entries in central directory order, as the layout check does.
            if names.count < located.count { entryData[name] = located[names.count] }
            names.append(name)
        }
        self.data = data
        self.entryData = entryData
        self.entries = entries
        self.entryNames = names
    }

    /// Whether the package has a file entry with this exact name.
    package func contains(_ name: String) -> Bool {
        entries[name]?.type == .file
    }

    /// The inflated content of the entry named `name`, or `nil` when there is no such file entry.
    ///
    /// - Throws: ``ZipError`` when the entry is damaged (bad data, wrong checksum) or inflates
    ///   beyond its declared size.
    package func read(_ name: String) throws(ZipError) -> Data? {
        guard let entry = entries[name], entry.type == .file else { return nil }
        var out = Data()
        // What the header claims is only an upper bound: memory follows the bytes actually inflated.
        out.reserveCapacity(Int(min(entry.uncompressedSize, Self.initialCapacity)))
        do {
            _ = try read(name) { chunk in out.append(contentsOf: chunk) }
        } catch let error as ZipError {
            throw error
        } catch {
            throw ZipError("entry '\(name)' is damaged: \(error)")  // the consumer above throws nothing
        }
        return out
    }

    /// Inflates the entry named `name` chunk by chunk (at most ZIPFoundation's 32 KiB at a time),
    /// handing each chunk to `consumer` as it comes, so that the entry is never held whole;
    /// `false` when there is no such file entry. The checksum is checked after the last chunk.
    ///
    /// - Throws: ``ZipError`` when the entry is damaged or inflates beyond its declared size, and
    ///   whatever `consumer` throws, unchanged.
    package func read(_ name: String, consumer: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        guard let entry = entries[name], entry.type == .file else { return false }
        let declared = entry.uncompressedSize
        var count: UInt64 = 0
        try withoutActuallyEscaping(consumer) { consumer in
            let consume: (Data) throws -> Void = { chunk in
                count += UInt64(chunk.count)
                guard count <= declared else { throw Overflow() }
                do {
                    try chunk.withUnsafeBytes(consumer)
                } catch {
                    throw ConsumerError(error: error)
                }
            }
            do {
                let checksum: CRC32
                if entry.isCompressed, let located = entryData[name] {
                    checksum = try inflate(located, consumer: consume)
                } else {
                    checksum = try archive.extract(entry, skipCRC32: false, consumer: consume)
                }
                guard checksum == entry.checksum, count == declared else {
                    throw ZipError("entry '\(name)' is damaged (its checksum or size does not match)")
                }
            } catch let error as ZipError {
                throw error
            } catch let error as ConsumerError {
                throw error.error
            } catch is Overflow {
                throw ZipError("entry '\(name)' inflates beyond its declared \(declared) bytes")
            } catch is Truncated {
                throw ZipError("entry '\(name)' is damaged: its compressed data ends before the end of the stream")
            } catch {
                throw ZipError("entry '\(name)' is damaged: \(error)")
            }
        }
        return true
    }

    /// Inflates the entry's deflated bytes, given to ZIPFoundation's inflater from the package in
    /// memory and never past the entry's compressed size. ZIPFoundation's own extraction reads on
    /// from the file at its end, empty chunk after empty chunk, and so loops for ever on a deflate
    /// stream that neither ends nor fails (found by fuzzing ODT files). Each chunk given to it holds
    /// the size it asks for (see the padding below).
    private func inflate(_ located: ZipLayoutCheck.EntryData, consumer: @escaping (Data) throws -> Void) throws -> CRC32 {
        let end = located.start + located.compressedSize
        var position = located.start
        return try Data.decompress(size: Int64(located.compressedSize), bufferSize: defaultReadChunkSize, skipCRC32: false, provider: { _, size in
            guard position < end else { throw Truncated() }
            let next = min(position + size, end)
            defer { position = next }
            var chunk = self.data.subdata(in: self.data.startIndex + position..<self.data.startIndex + next)
            // ZIPFoundation tells zlib that every chunk holds `size` bytes: the last one is padded with
            // zeros so that zlib never reads past it (found by fuzzing ODT files: a read beyond the
            // chunk). A stream that ends earlier ignores the padding; one that does not is refused.
            if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
            return chunk
        }, consumer: consumer)
    }

    /// The most memory reserved for an entry before its bytes arrive.
    private static let initialCapacity: UInt64 = 1 << 20

    private struct Overflow: Error {}
    /// What the caller's consumer threw, carried through ZIPFoundation unchanged.
    private struct ConsumerError: Error {
        let error: any Error
    }
    private struct Truncated: Error {}
}
