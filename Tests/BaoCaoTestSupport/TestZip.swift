import Foundation

/// Builds small zip files in memory for tests, including broken and hostile ones: entries are
/// stored (not deflated), and an entry may claim a size it does not have.
public struct TestZip {
    /// One entry to write.
    public struct Entry {
        /// The name as stored, used as is (it may climb out with "../").
        public var name: String
        /// The stored bytes.
        public var data: Data
        /// The uncompressed size written in the headers; the real size when `nil`.
        public var claimedSize: UInt32?
        /// The compression method written in the headers (0 stored, 8 deflated).
        public var method: UInt16

        /// Creates an entry.
        public init(_ name: String, _ data: Data, claimedSize: UInt32? = nil, method: UInt16 = 0) {
            self.name = name
            self.data = data
            self.claimedSize = claimedSize
            self.method = method
        }

        /// Creates an entry holding UTF-8 text.
        public init(_ name: String, text: String) {
            self.init(name, Data(text.utf8))
        }
    }

    /// The entries, in order.
    public var entries: [Entry]

    /// Creates a zip description.
    public init(_ entries: [Entry]) { self.entries = entries }

    /// The zip file's bytes.
    public var data: Data {
        var out = Data()
        var central = Data()
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Data(entry.name.utf8)
            let crc = Self.crc32(entry.data)
            let size = UInt32(entry.data.count)
            let claimed = entry.claimedSize ?? size
            out.append(le32: 0x0403_4B50)
            out.append(le16: 20); out.append(le16: 0x0800); out.append(le16: entry.method)
            out.append(le16: 0); out.append(le16: 0x21)
            out.append(le32: crc); out.append(le32: size); out.append(le32: claimed)
            out.append(le16: UInt16(name.count)); out.append(le16: 0)
            out.append(name)
            out.append(entry.data)
            central.append(le32: 0x0201_4B50)
            central.append(le16: 0x0314); central.append(le16: 20); central.append(le16: 0x0800); central.append(le16: entry.method)
            central.append(le16: 0); central.append(le16: 0x21)
            central.append(le32: crc); central.append(le32: size); central.append(le32: claimed)
            central.append(le16: UInt16(name.count)); central.append(le16: 0); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0); central.append(le32: 0o100644 << 16)
            central.append(le32: offset)
            central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le32: 0x0605_4B50)
        out.append(le16: 0); out.append(le16: 0)
        out.append(le16: UInt16(entries.count)); out.append(le16: UInt16(entries.count))
        out.append(le32: UInt32(central.count)); out.append(le32: centralOffset)
        out.append(le16: 0)
        return out
    }

    /// The CRC-32 of `data` (zip's polynomial).
    public static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

/// Hostile XML texts shared by the importer and XML reader tests.
public enum HostileXML {
    /// A part whose DOCTYPE declares an external entity reading a local file.
    public static func externalEntity(root: String, namespace: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE \(root) [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://example.invalid/x">]>
        <\(root) xmlns:w="\(namespace)">&secret;&remote;</\(root)>
        """
    }

    /// "Billion laughs": nested internal entities that expand to gigabytes.
    public static func billionLaughs(root: String, namespace: String) -> String {
        var declarations = "<!ENTITY lol0 \"lollollollollollollollollollol\">"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return """
            <?xml version="1.0"?>
            <!DOCTYPE \(root) [\(declarations)]>
            <\(root) xmlns:w="\(namespace)">&lol9;</\(root)>
            """
    }
}

/// Deterministic byte mutations of a file, for robustness tests (xorshift, fixed seed).
public struct ByteMutator {
    private var state: UInt64

    /// Creates a mutator; the same seed gives the same mutations.
    public init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

    /// The next pseudo-random number below `bound`.
    public mutating func next(below bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(max(bound, 1)))
    }

    /// `data` with up to `changes` random bytes replaced; half the time only in the last quarter,
    /// where a zip keeps its central directory.
    public mutating func mutate(_ data: Data, changes: Int) -> Data {
        var bytes = [UInt8](data)
        let tailOnly = next(below: 2) == 0
        for _ in 0..<(1 + next(below: changes)) {
            let low = tailOnly ? bytes.count * 3 / 4 : 0
            bytes[low + next(below: bytes.count - low)] = UInt8(next(below: 256))
        }
        return Data(bytes)
    }
}
