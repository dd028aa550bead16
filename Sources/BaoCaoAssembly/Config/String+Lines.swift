import Foundation

extension String {
    /// The lines, as `split(separator: "\n", omittingEmptySubsequences: false)` gives them (a line
    /// feed after a carriage return is one character with it, so no break), found in the UTF-8
    /// bytes instead of by walking characters, which costs several hundred instructions a byte.
    var lines: [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        for index in lineFeedsEndingLines {
            lines.append(self[start..<index])
            start = utf8.index(after: index)
        }
        lines.append(self[start...])
        return lines
    }

    /// The line feeds not after a carriage return, read in the string's storage when it has one
    /// (a tenth of the instructions of walking `utf8`'s indices).
    private var lineFeedsEndingLines: [Index] {
        let offsets = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") && ($0 == 0 || bytes[$0 - 1] != UInt8(ascii: "\r")) }
        }
        if let offsets { return offsets.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        var feeds: [Index] = []
        var previous: UInt8 = 0
        for index in utf8.indices {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { feeds.append(index) }
            previous = byte
        }
        return feeds
    }
}

extension Substring {
    /// The text without the blanks and tabs at either end, as `trimmingCharacters(in: .whitespaces)`
    /// gives it, but looking at the ends only (Foundation bridges the whole text to search it).
    var trimmedBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.blanks.contains($0) }),
            let last = scalars.lastIndex(where: { !Self.blanks.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static let blanks = CharacterSet.whitespaces
}
