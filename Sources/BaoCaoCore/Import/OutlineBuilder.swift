import Foundation

/// Builds a report body from the flat sequence of headings and blocks a word processor stores.
///
/// Blocks before the first heading become the preamble; each heading opens a ``Section`` whose
/// leading number ("I.", "1.", "3.1.", "a)") is split off with ``HeadingNumber/split(_:)``;
/// sections nest by heading level (a level-3 heading under a level-1 one nests directly).
///
///     var outline = OutlineBuilder()
///     outline.addBlock(.paragraph([.text("Mở đầu")]))
///     outline.addHeading(level: 1, [.text("I. Kết quả")])
///     let (preamble, sections) = outline.finish()
package struct OutlineBuilder {
    private var preamble: [Block] = []
    private var flat: [(level: Int, section: Section)] = []

    /// Creates an empty outline.
    package init() {}

    /// Opens a new section at `level` (1 for the top) with this heading.
    package mutating func addHeading(level: Int, _ heading: [Inline]) {
        var section = Section(title: heading)
        if let (_, token, _) = HeadingNumber.split(Inline.plainText(heading)) {
            section.number = token
            section.title = Inline.droppingLeadingText(heading, count: token.count)
        }
        flat.append((max(1, level), section))
    }

    /// Adds a body paragraph; one typed as a heading without a heading style (set wholly in bold,
    /// starting with a heading number: "I. KẾT QUẢ", "1. Công tác chỉ đạo", "1.1. Kinh tế") opens a
    /// section at its number's level instead, as the office reads it.
    package mutating func addParagraph(_ inlines: [Inline]) {
        if let heading = Self.printedHeading(inlines), let number = HeadingNumber.split(Inline.plainText(heading)) {
            addHeading(level: number.number.level, heading)
        } else {
            addBlock(.paragraph(inlines))
        }
    }

    /// The content of a paragraph that reads as a heading: wholly bold, starting with a heading
    /// number, short, and not a sentence of the body ("1. Tỉnh đã …;" ends like a list item).
    static func printedHeading(_ inlines: [Inline]) -> [Inline]? {
        var content: [Inline] = []
        for inline in inlines {
            switch inline {
            case .styled(.bold, let inner): content += inner
            case .text(let text) where text.allSatisfy(\.isWhitespace): content.append(inline)
            default: return nil
            }
        }
        let text = Inline.plainText(content).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 250, let last = text.last, !";,".contains(last),
            HeadingNumber.split(text) != nil
        else { return nil }
        return content
    }

    /// Adds a block to the current section, or to the preamble before the first heading.
    package mutating func addBlock(_ block: Block) {
        if flat.isEmpty {
            preamble.append(block)
        } else {
            flat[flat.count - 1].section.blocks.append(block)
        }
    }

    /// The preamble and the section tree.
    package func finish() -> (preamble: [Block], sections: [Section]) {
        (preamble, Self.tree(flat[...]))
    }

    private static func tree(_ items: ArraySlice<(level: Int, section: Section)>) -> [Section] {
        var result: [Section] = []
        var index = items.startIndex
        while index < items.endIndex {
            let level = items[index].level
            var end = index + 1
            while end < items.endIndex, items[end].level > level { end += 1 }
            var section = items[index].section
            section.subsections = tree(items[(index + 1)..<end])
            result.append(section)
            index = end
        }
        return result
    }
}

extension Inline {
    /// The inlines without their first `count` characters of text and the whitespace after them.
    package static func droppingLeadingText(_ inlines: [Inline], count: Int) -> [Inline] {
        var remaining = count
        var skippingSpace = true
        return dropLeading(inlines, remaining: &remaining, skippingSpace: &skippingSpace)
    }

    private static func dropLeading(_ inlines: [Inline], remaining: inout Int, skippingSpace: inout Bool) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            guard remaining > 0 || skippingSpace else {
                out.append(inline)
                continue
            }
            switch inline {
            case .text(var text):
                let dropped = min(remaining, text.count)
                text.removeFirst(dropped)
                remaining -= dropped
                if remaining == 0 {
                    let trimmed = text.drop { $0 == " " || $0 == "\t" }
                    if !trimmed.isEmpty { skippingSpace = false }
                    text = String(trimmed)
                }
                if !text.isEmpty { out.append(.text(text)) }
            case .styled(let style, let children):
                let kept = dropLeading(children, remaining: &remaining, skippingSpace: &skippingSpace)
                if !kept.isEmpty { out.append(.styled(style, kept)) }
            case .lineBreak:
                if remaining > 0 {
                    remaining -= 1
                } else {
                    skippingSpace = false
                    out.append(inline)
                }
            case .footnoteReference:
                out.append(inline)
            }
        }
        return out
    }
}
