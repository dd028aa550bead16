import Foundation

extension StringProtocol {
    /// True when the text's UTF-8 has `byte`: one `memchr` over the contiguous bytes, where
    /// `utf8.contains(_:)` walks the view index by index (some ten instructions a byte, which a
    /// department's narrative pays at every look for a brace).
    package func utf8Contains(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.withUnsafeBytes { raw in
                guard let start = raw.baseAddress, raw.count > 0 else { return false }
                return memchr(start, Int32(byte), raw.count) != nil
            }
        }
        return found ?? utf8.contains(byte)
    }
}
