import BaoCaoCore

/// Arranges headings and blocks into the report's section tree, by heading numbers.
///
/// A numbered heading takes its level from the kind of its number (I. → 1, 1. → 2, 1.1. → 3,
/// a) → 4), not from its Markdown level, and keeps its number as written. Numbers that repeat or
/// skip, and Markdown levels that disagree between headings of the same numbering level, are
/// reported as warnings with line numbers: nothing is renumbered silently.
struct SectionTreeBuilder {
    let source: String
    let log: DiagnosticLog

    /// Sections under construction, outermost first, with their levels.
    private struct Open {
        var section: Section
        var level: Int
    }

    /// Builds the preamble, the sections and the annexes from the items' headings and blocks.
    func build(_ items: [MarkdownItem]) -> (preamble: [Block], sections: [Section], annexes: [Annex]) {
        var preamble: [Block] = []
        var roots: [Section] = []
        var annexes: [Annex] = []
        var stack: [Open] = []
        var lastNumber: [Int: (number: HeadingNumber, line: Int)] = [:]
        var markdownLevel: [Int: (level: Int, line: Int)] = [:]
        var inAnnex = false

        func close(downTo level: Int) {
            while let top = stack.last, top.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(top.section) } else { stack[stack.count - 1].section.subsections.append(top.section) }
            }
        }

        for item in items {
            switch item {
            case .heading(let mdLevel, let content, let line):
                let (number, title) = splitNumber(content)
                if mdLevel == 1, number == nil, let annexTitle = MarkdownAnnex.title(ofHeading: Inline.plainText(title)) {
                    close(downTo: 0)
                    annexes.append(Annex(title: annexTitle, blocks: []))
                    inAnnex = true
                    continue
                }
                if inAnnex {
                    log.warning("heading inside an annex kept as a bold paragraph", at: SourceLocation(file: source, line: line))
                    annexes[annexes.count - 1].blocks.append(.paragraph([.styled(.bold, content)]))
                    continue
                }
                let level: Int
                if let number {
                    level = number.parsed.level
                    check(number.parsed, token: number.token, level: level, line: line, lastNumber: &lastNumber)
                    if let seen = markdownLevel[level], seen.level != mdLevel {
                        log.warning("heading '\(number.token)' is at Markdown level \(mdLevel) but the heading of the same numbering level on line \(seen.line) is at level \(seen.level); its number decides its place",
                                    at: SourceLocation(file: source, line: line))
                    }
                    markdownLevel[level] = (mdLevel, line)
                } else {
                    level = mdLevel
                }
                close(downTo: level)
                stack.append(Open(section: Section(number: number?.token, title: title), level: level))
            case .block(let block, _):
                if inAnnex {
                    annexes[annexes.count - 1].blocks.append(block)
                } else if stack.isEmpty {
                    preamble.append(block)
                } else {
                    stack[stack.count - 1].section.blocks.append(block)
                }
            case .footnote:
                break
            }
        }
        close(downTo: 0)
        return (preamble, roots, annexes)
    }

    /// The heading's leading number, if any, and the title after it.
    private func splitNumber(_ content: [Inline]) -> (number: (parsed: HeadingNumber, token: String)?, title: [Inline]) {
        var content = content
        // "**2. Triển khai …**": a heading set wholly in bold is bold anyway.
        if content.count == 1, case .styled(.bold, let inner) = content[0] { content = inner }
        guard case .text(let first)? = content.first, let split = HeadingNumber.split(first) else { return (nil, content) }
        var title = content
        title[0] = .text(split.rest)
        return ((split.number, split.token), title.normalized().trimmed())
    }

    /// Warns when a number does not follow the previous one of its level.
    private func check(_ number: HeadingNumber, token: String, level: Int, line: Int, lastNumber: inout [Int: (number: HeadingNumber, line: Int)]) {
        let expected = lastNumber[level].map { $0.number.next } ?? number.first
        if number != expected {
            let previous = lastNumber[level].map { " after '\($0.number.text)' on line \($0.line)" } ?? ""
            log.warning("heading number '\(token)'\(previous): expected '\(expected.text)'; kept as written",
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
