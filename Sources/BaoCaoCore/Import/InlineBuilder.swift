/// Collects the runs of a paragraph, each with its set of character styles, into ``Inline``s.
///
/// Adjacent text with the same styles is merged; styles nest in ``InlineStyle``'s declaration
/// order, so bold text that turns italic halfway stays inside one bold span. Text is normalised
/// to NFC.
///
///     var runs = InlineBuilder()
///     runs.add("Tổng ", styles: [.bold])
///     runs.add("cộng", styles: [.bold, .italic])
///     runs.inlines // [.styled(.bold, [.text("Tổng "), .styled(.italic, [.text("cộng")])])]
package struct InlineBuilder {
    private enum Piece {
        case text(String)
        case lineBreak
        case footnote(String)
    }

    private var atoms: [(styles: Set<InlineStyle>, piece: Piece)] = []

    /// Creates an empty builder.
    package init() {}

    /// True when nothing but whitespace was added.
    package var isBlank: Bool {
        atoms.allSatisfy { atom in
            if case .text(let text) = atom.piece { return text.allSatisfy(\.isWhitespace) }
            return false
        }
    }

    /// Adds text with these styles.
    package mutating func add(_ text: String, styles: Set<InlineStyle> = []) {
        guard !text.isEmpty else { return }
        if let last = atoms.last, last.styles == styles, case .text(let previous) = last.piece {
            atoms[atoms.count - 1].piece = .text(previous + text)
        } else {
            atoms.append((styles, .text(text)))
        }
    }

    /// Adds a line break.
    package mutating func addLineBreak(styles: Set<InlineStyle> = []) {
        atoms.append((styles, .lineBreak))
    }

    /// Adds a footnote reference (kept outside any style: the writer places the mark).
    package mutating func addFootnoteReference(_ id: String) {
        atoms.append(([], .footnote(id)))
    }

    /// The inlines, styles nested, text in NFC, whitespace at both ends of the paragraph removed.
    package var inlines: [Inline] {
        var trimmed = atoms
        while case .text(let text) = trimmed.first?.piece {
            let kept = String(text.drop(while: \.isWhitespace))
            if kept.isEmpty { trimmed.removeFirst() } else { trimmed[0].piece = .text(kept); break }
        }
        while case .text(let text) = trimmed.last?.piece {
            let kept = String(text.reversed().drop(while: \.isWhitespace).reversed())
            if kept.isEmpty { trimmed.removeLast() } else { trimmed[trimmed.count - 1].piece = .text(kept); break }
        }
        return Self.nest(trimmed[...], styles: InlineStyle.allCases[...])
    }

    private static func nest(
        _ atoms: ArraySlice<(styles: Set<InlineStyle>, piece: Piece)>, styles: ArraySlice<InlineStyle>
    ) -> [Inline] {
        guard let style = styles.first else {
            var out: [Inline] = []
            for atom in atoms {
                switch atom.piece {
                case .text(let text):
                    if case .text(let previous) = out.last {
                        out[out.count - 1] = .text((previous + text).nfc)
                    } else {
                        out.append(.text(text.nfc))
                    }
                case .lineBreak: out.append(.lineBreak)
                case .footnote(let id): out.append(.footnoteReference(id))
                }
            }
            return out
        }
        var out: [Inline] = []
        var index = atoms.startIndex
        while index < atoms.endIndex {
            let styled = atoms[index].styles.contains(style)
            var end = index + 1
            while end < atoms.endIndex, atoms[end].styles.contains(style) == styled { end += 1 }
            let inner = nest(atoms[index..<end], styles: styles.dropFirst())
            if styled { out.append(.styled(style, inner)) } else { out += inner }
            index = end
        }
        return out
    }
}
