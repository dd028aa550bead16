import BaoCaoCore

/// Arranges headings and blocks into the report's section tree (through the core's
/// ``OutlineBuilder``), placing numbered headings by their numbers.
///
/// A numbered heading takes its level from the kind of its number (I. → 1, 1. → 2, 1.1. → 3,
/// a) → 4), not from its Markdown level, and keeps its number as written. Numbers that repeat or
/// skip, and Markdown levels that disagree between headings of the same numbering level, are
/// reported as warnings with line numbers: nothing is renumbered silently.
struct SectionTreeBuilder {
    let source: String
    let log: DiagnosticLog

    /// Builds the preamble, the sections and the annexes from the items' headings and blocks.
    func build(_ items: [MarkdownItem]) -> (preamble: [Block], sections: [Section], annexes: [Annex]) {
        var outline = OutlineBuilder()
        var annexes: [Annex] = []
        var lastNumber: [Int: (number: HeadingNumber, line: Int)] = [:]
        var markdownLevel: [Int: (level: Int, line: Int)] = [:]

        for item in items {
            switch item {
            case .heading(let mdLevel, let content, let line):
                let heading = unwrappingBold(content)
                let number = HeadingNumber.split(Inline.plainText(heading))
                if mdLevel == 1, number == nil, let annexTitle = MarkdownAnnex.title(ofHeading: Inline.plainText(heading)) {
                    annexes.append(Annex(title: annexTitle, blocks: []))
                    continue
                }
                if !annexes.isEmpty {
                    log.warning(.markdownSkipped(.headingInAnnex), at: SourceLocation(file: source, line: line))
                    annexes[annexes.count - 1].blocks.append(.paragraph([.styled(.bold, content)]))
                    continue
                }
                var level = mdLevel
                if let number {
                    level = number.number.level
                    check(number.number, token: number.token, level: level, line: line, lastNumber: &lastNumber)
                    if let seen = markdownLevel[level], seen.level != mdLevel {
                        log.warning(.headingLevelMismatch(number.token, level: mdLevel, otherLine: seen.line, otherLevel: seen.level),
                                    at: SourceLocation(file: source, line: line))
                    }
                    markdownLevel[level] = (mdLevel, line)
                }
                outline.addHeading(level: level, heading)
            case .block(let block, _):
                if annexes.isEmpty {
                    outline.addBlock(block)
                } else {
                    annexes[annexes.count - 1].blocks.append(block)
                }
            case .footnote:
                break
            }
        }
        let (preamble, sections) = outline.finish()
        return (preamble, sections, annexes)
    }

    /// "**2. Triển khai …**": a heading set wholly in bold is bold anyway.
    private func unwrappingBold(_ content: [Inline]) -> [Inline] {
        if content.count == 1, case .styled(.bold, let inner) = content[0] { return inner }
        return content
    }

    /// Warns when a number does not follow the previous one of its level.
    private func check(_ number: HeadingNumber, token: String, level: Int, line: Int, lastNumber: inout [Int: (number: HeadingNumber, line: Int)]) {
        let expected = lastNumber[level].map { $0.number.next } ?? number.first
        if number != expected {
            let previous = lastNumber[level].map { (text: $0.number.text, line: $0.line) }
            log.warning(.headingNumberOutOfSequence(token, after: previous, expected: expected.text),
                        at: SourceLocation(file: source, line: line))
        }
        lastNumber[level] = (number, line)
        for deeper in lastNumber.keys where deeper > level { lastNumber[deeper] = nil }
    }
}

/// How annexes are written as Markdown headings: "# Phụ lục I: BIỂU THỐNG KÊ" or "# Phụ lục: …".
enum MarkdownAnnex {
    /// The annex title of a level-1 heading like "Phụ lục II: Title", or `nil` for other headings.
    static func title(ofHeading text: String) -> String? {
        guard text.hasPrefix("Phụ lục") else { return nil }
        var rest = text.dropFirst("Phụ lục".count).drop { $0 == " " }
        let numeral = rest.prefix { "IVXLC".contains($0) }
        rest = rest.dropFirst(numeral.count)
        guard rest.first == ":" else { return nil }
        return String(rest.dropFirst().drop { $0 == " " })
    }
}
