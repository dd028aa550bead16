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
            let character = template[index]
            index = template.index(after: index)
            // `template[index...].hasPrefix("{{")`, asked only at a brace (Characters compared
            // as `hasPrefix` compares them, without a substring for every character).
            if character == "{", index < template.endIndex, template[index] == "{" {
                let tagStart = template.index(after: index)
                guard let close = template[tagStart...].range(of: "}}") else { break }
                switch template[tagStart...].first {
                case "#", "^": depth += 1
                case "/": depth = max(0, depth - 1)
                default: break
                }
                index = close.upperBound
                continue
            }
            if depth == 0, character == "\n", startsBlock(template[index...]) {
                sentences.append(template[start..<index])
                start = index
                continue
            }
            guard depth == 0, endsSentence(character) else { continue }
            while index < template.endIndex, closes(template[index]) { index = template.index(after: index) }
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

    // (Matched by `==`, as a `Set<Character>` would, without hashing every character.)
    private static func endsSentence(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", "…": return true
        default: return false
        }
    }

    private static func closes(_ character: Character) -> Bool {
        switch character {
        case ")", "]", "\"", "'", "”", "’", "»": return true
        default: return false
        }
    }
}
