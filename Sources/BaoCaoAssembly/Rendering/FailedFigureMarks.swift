import BaoCaoCore

/// Marks the figures that failed a check so that a draft shows them highlighted: their values are
/// rendered between two private-use characters, which become ``InlineStyle/highlight`` runs once
/// the report is built (whatever the text went through: a template, Markdown, a Word narrative).
enum FailedFigureMarks {
    /// Opens a marked value.
    static let open: Character = "\u{E000}"
    /// Closes a marked value.
    static let close: Character = "\u{E001}"

    /// `text` between the marks.
    static func mark(_ text: String) -> String { "\(open)\(text)\(close)" }

    /// The figures, as "department.id", that an error of `log` is about: the error lies in the
    /// figure's file, at its line or below it before the next figure of that file.
    static func failed(_ figures: [Figure], errors: [Diagnostic]) -> Set<String> {
        var failed: Set<String> = []
        let byFile = Dictionary(grouping: figures, by: \.location.file)
        for error in errors {
            guard let location = error.location, let line = location.line, let candidates = byFile[location.file] else { continue }
            let owner = candidates.filter { ($0.location.line ?? 0) <= line }.max { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
            if let owner { failed.insert("\(owner.department).\(owner.id)") }
        }
        return failed
    }

    /// `report` with every marked span turned into a highlighted run and the marks removed.
    static func highlighted(_ report: Report) -> Report {
        report.mappingInlineRuns(highlighted)
    }

    private static func highlighted(_ inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .text(let text) where hasMark(text):
                return split(text)
            case .styled(let style, let children):
                return [.styled(style, highlighted(children))]
            default:
                return [inline]
            }
        }
    }

    /// True when `text` may hold a mark: its UTF-8 has U+E000 or U+E001 (`EE 80 80`, `EE 80 81`).
    /// A byte search, where `String.contains(Character)` breaks the whole text into characters;
    /// ``split(_:)`` then compares characters, so a mark that a combining mark follows is still no
    /// mark, as before.
    private static func hasMark(_ text: String) -> Bool {
        // (In the string's storage when it has one: a tenth of the instructions of `utf8`'s iterator.)
        text.utf8.withContiguousStorageIfAvailable(hasMark) ?? hasMark(text.utf8)
    }

    private static func hasMark<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var utf8 = bytes.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if previous == (0xEE, 0x80), byte == 0x80 || byte == 0x81 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// "a \u{E000}296\u{E001} b" as [a, highlighted 296, b].
    private static func split(_ text: String) -> [Inline] {
        var out: [Inline] = []
        var current = ""
        var inside = false
        for character in text {
            if character == open || character == close {
                if !current.isEmpty { out.append(inside ? .styled(.highlight, [.text(current)]) : .text(current)) }
                current = ""
                inside = character == open
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { out.append(inside ? .styled(.highlight, [.text(current)]) : .text(current)) }
        return out
    }
}
