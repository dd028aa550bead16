import Foundation

extension String {
    /// The text in Unicode Normalization Form C, as every BaoCao string is kept.
    package var nfc: String { isKnownNFC ? self : precomposedStringWithCanonicalMapping }

    /// True when every scalar lies in a range whose characters are all NFC by themselves (ASCII,
    /// Latin-1 and Latin Extended, the precomposed Vietnamese letters, common punctuation and ₫):
    /// such text needs no normalisation, which spares a costly pass over typical Vietnamese input.
    var isKnownNFC: Bool {
        utf8.withContiguousStorageIfAvailable(Self.isKnownNFC) ?? unicodeScalars.allSatisfy(Self.isKnownNFC)
    }

    /// Whether the scalar lies in one of those ranges.
    static func isKnownNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x20AB: return true
        default: return false
        }
    }

    /// The same test on valid UTF-8, read from the lead bytes without decoding the scalars (a
    /// tenth of the instructions): U+0000–U+02FF are one byte or two led by C2–CB, U+1E00–U+1EFF
    /// are E1 B8–BB xx, U+2010–U+2027 are E2 80 90–A7 and U+20AB is E2 82 AB.
    static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            switch lead {
            case 0..<0x80: index += 1
            case 0xC0..<0xCC: index += 2
            case 0xE1 where (0xB8...0xBB).contains(bytes[index + 1]): index += 3
            case 0xE2 where bytes[index + 1] == 0x80 && (0x90...0xA7).contains(bytes[index + 2]): index += 3
            case 0xE2 where bytes[index + 1] == 0x82 && bytes[index + 2] == 0xAB: index += 3
            default: return false
            }
        }
        return true
    }
}
