import Foundation

extension String {
    /// The lines, as `split(separator: "\n", omittingEmptySubsequences: false)` gives them (a line
    /// feed after a carriage return is one character with it, so no break), found in the UTF-8
    /// bytes instead of by walking characters, which costs several hundred instructions a byte.
    var lines: [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var previous: UInt8 = 0
        for index in utf8.indices {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                lines.append(self[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
        }
        lines.append(self[start...])
        return lines
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
