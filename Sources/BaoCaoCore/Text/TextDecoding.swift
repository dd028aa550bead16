import Foundation

/// Decoding of input bytes to NFC text with LF line ends (CR LF and CR become LF): UTF-8 (with or without byte order mark), UTF-16 with a byte
/// order mark, and the legacy Vietnamese encodings (``LegacyVietnamese``) when the bytes are not
/// UTF-8 and read as Vietnamese in exactly one of them.
public enum TextDecoding {
    /// Text and the encoding it was read in.
    public struct Decoded: Hashable, Sendable {
        /// The text, in NFC.
        public var text: String
        /// The encoding the bytes were read in.
        public var encoding: TextEncoding

        /// Pairs a text with the encoding it was read in.
        public init(text: String, encoding: TextEncoding) {
            self.text = text
            self.encoding = encoding
        }
    }

    /// Decodes UTF-8 only (a leading byte order mark is dropped) and normalises to NFC; for formats
    /// that are UTF-8 by definition (JSON, the office's configuration).
    ///
    /// - Throws: ``BaoCaoError`` naming `source` and the 1-based line of the first invalid byte.
    public static func utf8(_ data: Data, source: String) throws -> String {
        if let text = utf8Text(data) { return text }
        let (line, byte) = firstInvalidUTF8(data)
        throw BaoCaoError.badInput(.invalidUTF8(byte: byte), at: SourceLocation(file: source, line: line))
    }

    /// Decodes `data` in whichever supported encoding it is in, and normalises to NFC.
    ///
    /// - Throws: ``BaoCaoError`` naming `source` and the line of the first byte that is not UTF-8,
    ///   when no single encoding reads the bytes as Vietnamese text.
    public static func decode(_ data: Data, source: String) throws -> Decoded {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.first == 0xFF
            guard data.count % 2 == 0,
                let text = String(data: data.dropFirst(2), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
            else {
                throw BaoCaoError.badInput(.invalidUTF16(littleEndian: littleEndian), at: SourceLocation(file: source))
            }
            return Decoded(text: text.nfc.withUnixLineEnds, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        if let text = utf8Text(data) { return Decoded(text: text, encoding: .utf8) }
        if let legacy = LegacyVietnamese.decode(data) { return Decoded(text: legacy.text.withUnixLineEnds, encoding: legacy.encoding) }
        let (line, byte) = firstInvalidUTF8(data)
        throw BaoCaoError.badInput(.undecodableText(byte: byte), at: SourceLocation(file: source, line: line))
    }

    /// Like ``decode(_:source:)``, and notes in `log` which encoding was assumed when it was not UTF-8.
    public static func text(_ data: Data, source: String, log: DiagnosticLog) throws -> String {
        let decoded = try decode(data, source: source)
        if decoded.encoding != .utf8 { log.note(.decodedAs(decoded.encoding.rawValue), at: SourceLocation(file: source)) }
        return decoded.text
    }

    /// The text when `data` is valid UTF-8 (a byte order mark dropped), in NFC with LF line ends.
    private static func utf8Text(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return String(validating: bytes, as: UTF8.self)?.nfc.withUnixLineEnds
    }

    /// The 1-based line and byte (after any byte order mark) of the first invalid UTF-8 sequence.
    private static func firstInvalidUTF8(_ data: Data) -> (line: Int, byte: Int) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A { line += 1 }
            index += length
        }
        return (line, index - bytes.startIndex + 1)
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
