import Foundation

extension String {
    /// The text without the spaces and tabs at its ends: `trimmingCharacters(in: .whitespaces)`,
    /// which goes through `NSString`, called only when an end is not a plain ASCII character (a
    /// figure's id, label or number read from thousands of cells rarely has a space to trim).
    public var trimmedWhitespace: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        guard !plain(first) || !plain(last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// The text without the blanks and line ends at its ends:
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, called only when an end is not a plain
    /// ASCII character (every other character of that set starts with a byte from 0x80 on).
    public var trimmedWhitespaceAndNewlines: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && !(0x09...0x0D).contains(byte) }
        guard !plain(first) || !plain(last) else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text with every `old` byte (an ASCII character) replaced by `new`, over the UTF-8 bytes:
    /// "41.68" → "41,68".
    public func replacingASCII(_ old: Character, with new: Character) -> String {
        guard let from = old.asciiValue, let to = new.asciiValue, utf8Contains(from) else { return self }
        return String(decoding: utf8.map { $0 == from ? to : $0 }, as: UTF8.self)
    }
}
