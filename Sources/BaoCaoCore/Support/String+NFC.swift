import Foundation

extension String {
    /// The text in Unicode Normalization Form C, as every BaoCao string is kept.
    public var nfc: String { isKnownNFC ? self : precomposedStringWithCanonicalMapping }

    /// True when every scalar lies in a range whose characters are all NFC by themselves (ASCII,
    /// Latin-1 and Latin Extended, the precomposed Vietnamese letters, common punctuation and ₫):
    /// such text needs no normalisation, which spares a costly pass over typical Vietnamese input.
    var isKnownNFC: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x20AB: return true
            default: return false
            }
        }
    }
}

/// Decoding of input bytes as UTF-8 text, with the line of the first bad byte on failure.
public enum TextDecoding {
    /// Decodes UTF-8 (a leading byte order mark is dropped) and normalises to NFC.
    ///
    /// - Throws: ``BaoCaoError`` naming `source` and the 1-based line of the first invalid byte.
    public static func utf8(_ data: Data, source: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text.nfc }
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A { line += 1 }
            index += length
        }
        throw BaoCaoError.badInput(.undecodableText(byte: index - bytes.startIndex + 1),
                                   at: SourceLocation(file: source, line: line))
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: Data.SubSequence, at index: Data.Index) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.endIndex,
            String(validating: bytes[index..<index + length], as: UTF8.self) != nil
        else { return 0 }
        return length
    }
}
