/// Where the lines of a text written in the outline (a `template`, a bullet) start in the file, so
/// that a sentence of it can be named by its own line: a folded `>-` text is one line once read.
public struct TextLines: Sendable {
    /// The UTF-8 offset in the text where each file line starts, with that line, in order.
    private var starts: [(offset: Int, line: Int)]
    /// The line the text's node starts on, for an offset before any line found.
    private var first: Int?

    /// Finds `text` in `fileLines` (the file's lines, the first being line 1) from line `from` on:
    /// each following line's words, blanks at either end aside, where the text goes on.
    /// A text that cannot be followed (escapes in a quoted scalar) names its first line throughout.
    init(text: String, fileLines: [Substring], from line: Int?) {
        first = line
        starts = []
        guard let line, line >= 1 else { return }
        let bytes = Array(text.utf8)
        var cursor = 0
        for number in line...min(fileLines.count, line + 400) where cursor < bytes.count {
            let words = Array(fileLines[number - 1].trimmedBlanks.utf8)
            guard !words.isEmpty else { continue }
            var at = cursor
            while at < bytes.count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\n") { at += 1 }
            guard at + words.count <= bytes.count, Array(bytes[at..<at + words.count]) == words else {
                if starts.isEmpty, number <= line + 1 { continue } else { break }
            }
            starts.append((at, number))
            cursor = at + words.count
        }
    }

    /// The lines of `text` as written in a file from line `from` on, line for line (a Markdown body).
    init(lineByLine text: String, from line: Int?) {
        first = line
        starts = []
        guard let line else { return }
        starts.append((0, line))
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append((offset + 1, line + starts.count))
        }
    }

    /// The file line holding the text's UTF-8 `offset`.
    func line(at offset: Int) -> Int? {
        starts.last { $0.offset <= offset }?.line ?? first
    }
}
