import Foundation

/// Checks, before ZIPFoundation reads anything, that every record a zip file points to lies inside
/// the file: the end of central directory, each central directory entry, each local header and
/// each entry's data (and data descriptor).
///
/// ZIPFoundation's in-memory archive stops the process when asked to read past the end of its
/// buffer, which a crafted offset would make it do; a file that passes this check never asks.
/// ZIP64 archives are refused (no office document part needs one).
enum ZipLayoutCheck {
    /// Signatures of the zip records.
    private enum Signature {
        static let endOfCentralDirectory: UInt32 = 0x0605_4B50
        static let zip64Locator: UInt32 = 0x0706_4B50
        static let centralDirectory: UInt32 = 0x0201_4B50
        static let localHeader: UInt32 = 0x0403_4B50
    }

    /// Throws ``ZipError`` when a record lies outside `data` or the archive uses ZIP64.
    /// Where one entry's stored or compressed bytes lie: offsets from the start of the file.
    struct EntryData {
        /// The first byte after the local header.
        var start: Int
        /// How many bytes the central directory says the entry takes.
        var compressedSize: Int
    }

    /// Checks the layout; returns where each entry's data lies, in central directory order.
    static func check(_ data: Data) throws(ZipError) -> [EntryData] {
        let result = data.withUnsafeBytes { raw -> Result<[EntryData], ZipError> in
            do throws(ZipError) {
                return .success(try check(raw))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func check(_ bytes: UnsafeRawBufferPointer) throws(ZipError) -> [EntryData] {
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let damaged = ZipError("the zip file is truncated or damaged (a record points outside the file)")

        // The end of central directory: the last signature at least 22 bytes before the end.
        guard count >= 22, let end = stride(from: count - 22, through: 0, by: -1).first(where: { u32($0) == Signature.endOfCentralDirectory })
        else { throw ZipError("the zip file is truncated or damaged (no end of central directory)") }
        if end >= 20, u32(end - 20) == Signature.zip64Locator { throw ZipError("ZIP64 archives are not accepted") }
        let entries = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        guard entries != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw ZipError("ZIP64 archives are not accepted")
        }
        guard directoryOffset + directorySize <= end else { throw damaged }

        var position = directoryOffset
        var located: [EntryData] = []
        for _ in 0..<entries {
            guard position + 46 <= end, u32(position) == Signature.centralDirectory else { throw damaged }
            let flags = u16(position + 8)
            let method = u16(position + 10)
            let compressed = u32(position + 20)
            let uncompressed = u32(position + 24)
            let headerOffset = u32(position + 42)
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, headerOffset != 0xFFFF_FFFF else {
                throw ZipError("ZIP64 archives are not accepted")
            }
            position += 46 + u16(position + 28) + u16(position + 30) + u16(position + 32)
            guard position <= end else { throw damaged }

            guard headerOffset + 30 <= count, u32(headerOffset) == Signature.localHeader else { throw damaged }
            let dataStart = headerOffset + 30 + u16(headerOffset + 26) + u16(headerOffset + 28)
            let stored = method == 0 ? max(compressed, uncompressed) : compressed
            let descriptor = flags & 0x0008 != 0 ? 16 : 0
            guard dataStart + stored + descriptor <= count else { throw damaged }
            located.append(EntryData(start: dataStart, compressedSize: compressed))
        }
        return located
    }
}
