/// A template cut at its sentence ends, so that a sentence needing a figure that cannot be printed
/// (its department has not sent, or the figure could not be read) is left out alone.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing bracket or quote after it) followed by
/// a blank or the end of the text, and at the end of a line before a blank line or a line that
/// starts a Markdown block (a list item, a heading, a footnote definition). Tags are never cut, nor the text of a mustache section
/// (`{{#sct}}… . …{{/sct}}`): a section stays whole within the sentence it starts in.
enum TemplateSentences {
    /// The sentences of `template` in order, each with the blanks that follow it, so that joining
    /// them gives `template` back.
    static func split(_ template: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = template.startIndex
        var index = template.startIndex
        var depth = 0
        while index < template.endIndex {
            if template[index...].hasPrefix("{{") {
                let tagStart = template.index(index, offsetBy: 2)
                guard let close = template[tagStart...].range(of: "}}") else { break }
                switch template[tagStart...].first {
                case "#", "^": depth += 1
                case "/": depth = max(0, depth - 1)
                default: break
                }
                index = close.upperBound
                continue
            }
            let character = template[index]
            index = template.index(after: index)
            if depth == 0, character == "\n", startsBlock(template[index...]) {
                sentences.append(template[start..<index])
                start = index
                continue
            }
            guard depth == 0, sentenceEnds.contains(character) else { continue }
            while index < template.endIndex, closers.contains(template[index]) { index = template.index(after: index) }
            guard index == template.endIndex || template[index].isWhitespace else { continue }
            while index < template.endIndex, template[index].isWhitespace { index = template.index(after: index) }
            sentences.append(template[start..<index])
            start = index
        }
        if start < template.endIndex { sentences.append(template[start...]) }
        return sentences
    }

    /// True when a line starting with `rest` starts a block of its own: it is blank, or a Markdown
    /// list item, heading, quote, table row or footnote definition.
    private static func startsBlock(_ rest: Substring) -> Bool {
        let line = rest.drop { $0 == " " || $0 == "\t" }
        guard let first = line.first else { return true }
        return first == "\n" || first == "#" || first == ">" || first == "|" || line.hasPrefix("[^")
            || ((first == "-" || first == "*" || first == "+") && line.dropFirst().first == " ")
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]
    private static let closers: Set<Character> = [")", "]", "\"", "'", "”", "’", "»"]
}
