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
        try ZipLayoutCheck.check(data)
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ZipError("the zip file is truncated or damaged (no end of central directory)")
        }
        var entries: [String: Entry] = [:]
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
            names.append(name)
        }
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
        let declared = entry.uncompressedSize
        var out = Data()
        out.reserveCapacity(Int(declared))
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard UInt64(out.count + chunk.count) <= declared else { throw Overflow() }
                out.append(chunk)
            }
            guard checksum == entry.checksum, UInt64(out.count) == declared else {
                throw ZipError("entry '\(name)' is damaged (its checksum or size does not match)")
            }
        } catch let error as ZipError {
            throw error
        } catch is Overflow {
            throw ZipError("entry '\(name)' inflates beyond its declared \(declared) bytes")
        } catch {
            throw ZipError("entry '\(name)' is damaged: \(error)")
        }
        return out
    }

    private struct Overflow: Error {}
}
