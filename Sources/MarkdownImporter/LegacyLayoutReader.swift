import BaoCaoCore
import Foundation

/// Recognises the printed layout of a report that came out of a PDF or a word processor as plain
/// Markdown, like the seed: the title lines, `<sup>n</sup>` footnotes whose bodies stand in the
/// middle of the text, paragraphs cut by page breaks, the "Nơi nhận:" list and the signature.
struct LegacyLayoutReader {
    let source: String
    let log: DiagnosticLog

    /// Document type names (Decree 30, Article 7) recognised as the title line.
    static let documentTypes: Set<String> = [
        "BÁO CÁO", "TỜ TRÌNH", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "THÔNG BÁO", "HƯỚNG DẪN", "CHƯƠNG TRÌNH",
        "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "BIÊN BẢN", "CÔNG ĐIỆN", "NGHỊ QUYẾT", "QUY CHẾ", "QUY ĐỊNH", "THÔNG CÁO",
    ]

    /// What the reader found besides the body.
    struct Result {
        var items: [MarkdownItem]
        var documentType: String?
        var subject: String?
        var distribution: DistributionList?
        var signature: Signature?
    }

    /// Applies every recognition step to the items of one document.
    func read(_ items: [MarkdownItem]) -> Result {
        var result = Result(items: items)
        takeTitle(&result)
        takeLegacyFootnotes(&result)
        takeClosingBlock(&result)
        return result
    }

    // MARK: - Title lines

    /// A leading heading that names a document type, and the unnumbered heading right after it.
    private func takeTitle(_ result: inout Result) {
        guard case .heading(_, let content, _)? = result.items.first,
            Self.documentTypes.contains(plain(content).uppercased())
        else { return }
        result.documentType = plain(content).uppercased()
        result.items.removeFirst()
        if case .heading(_, let subject, _)? = result.items.first, HeadingNumber.split(plain(subject)) == nil {
            result.subject = plain(subject)
            result.items.removeFirst()
        }
    }

    // MARK: - Footnotes standing in the text

    /// Moves paragraphs that start with a superscript number into footnotes, turns the matching
    /// superscript numbers in the text into footnote references, and rejoins paragraphs that a page
    /// break (with the page's footnotes) had cut in two.
    private func takeLegacyFootnotes(_ result: inout Result) {
        var items: [MarkdownItem] = []
        var notes: [(id: String, blocks: [Block], line: Int)] = []
        var notesSinceLastBody = false
        /// The paragraph being rejoined: its content so far, the piece added last, and its line;
        /// normalised once when complete, so that a long run of pieces costs linear time.
        var joining: (content: [Inline], last: [Inline], line: Int, isJoined: Bool)?
        func finishJoining() {
            guard let paragraph = joining else { return }
            items.append(.block(.paragraph(paragraph.isJoined ? paragraph.content.normalized() : paragraph.content), line: paragraph.line))
            joining = nil
        }
        for item in result.items {
            if case .block(.paragraph(let content), let line) = item, let (id, rest) = leadingSuperscriptNumber(content) {
                notes.append((id, [.paragraph(rest.trimmed())], line))
                notesSinceLastBody = true
                continue
            }
            if case .block(.paragraph(let content), let line) = item {
                if let last = joining?.last, let firstLine = joining?.line, shouldJoin(last, content, notesBetween: notesSinceLastBody) {
                    // Mutated in place, so that the growing content is not copied.
                    joining!.content += [.text(" ")] + content
                    joining!.last = content
                    joining!.isJoined = true
                    log.warning(.joinedSplitParagraph(continuedOn: line),
                                at: SourceLocation(file: source, line: firstLine))
                } else {
                    finishJoining()
                    joining = (content, content, line, false)
                }
            } else {
                finishJoining()
                items.append(item)
            }
            notesSinceLastBody = false
        }
        finishJoining()
        let ids = Set(notes.map(\.id))
        result.items = items.map { item in
            guard case .block(let block, let line) = item else { return item }
            return .block(linkingReferences(block, to: ids), line: line)
        } + notes.map { .footnote(id: $0.id, blocks: $0.blocks, line: $0.line) }
    }

    /// "<sup>1</sup> Chi tiết…": the number and the rest of the paragraph.
    private func leadingSuperscriptNumber(_ content: [Inline]) -> (String, [Inline])? {
        guard case .styled(.superscript, let inner)? = content.first, case .text(let number) = inner.first, inner.count == 1,
            !number.isEmpty, number.allSatisfy(\.isASCII), number.allSatisfy(\.isNumber), content.count > 1
        else { return nil }
        return (number, Array(content.dropFirst()))
    }

    /// A paragraph continues on the next one when it lacks closing punctuation and the next one
    /// starts in lower case, with an acronym ("UBND tỉnh…"), or right after a page's footnotes.
    private func shouldJoin(_ previous: [Inline], _ next: [Inline], notesBetween: Bool) -> Bool {
        let before = plain(previous)
        let after = plain(next)
        guard let last = before.last(where: { !$0.isWhitespace }), let first = after.first(where: { !$0.isWhitespace }),
            !".:;!?…)\"”".contains(last)
        else { return false }
        guard HeadingNumber.split(after) == nil, !after.hasPrefix("-"), !after.hasPrefix("+") else { return false }
        if first.isLowercase || notesBetween { return true }
        let firstWord = after.prefix { !$0.isWhitespace && $0 != "," }
        return firstWord.count >= 2 && firstWord.allSatisfy { $0.isUppercase }
    }

    /// Superscript numbers that name a known note become references to it.
    private func linkingReferences(_ block: Block, to ids: Set<String>) -> Block {
        func link(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch inline {
                case .styled(let style, let children):
                    if style == .superscript, children.count == 1, case .text(let number) = children[0], ids.contains(number) {
                        return .footnoteReference(number)
                    }
                    return .styled(style, link(children))
                default: return inline
                }
            }
        }
        switch block {
        case .paragraph(let content): return .paragraph(link(content))
        case .list(var list):
            list.items = list.items.map { $0.map { linkingReferences($0, to: ids) } }
            return .list(list)
        default: return block
        }
    }

    // MARK: - Closing block

    /// "Nơi nhận:" with its list, and the bold signature lines after it, at the end of the document.
    private func takeClosingBlock(_ result: inout Result) {
        guard let titleIndex = result.items.lastIndex(where: { item in
            guard case .block(.paragraph(let content), _) = item else { return false }
            return plain(content).trimmingCharacters(in: .whitespaces) == OfficialText.distributionTitle
        }) else { return }
        var index = titleIndex + 1
        var distribution = DistributionList()
        if index < result.items.count, case .block(.list(let list), _) = result.items[index] {
            for item in list.items {
                let text = item.map(\.plainText).joined(separator: " ").trimmingCharacters(in: .whitespaces)
                let bare = text.trimmingCharacters(in: CharacterSet(charactersIn: ";.").union(.whitespaces))
                if bare.hasPrefix("Lưu:") {
                    distribution.archive = String(bare.dropFirst(4)).trimmingCharacters(in: .whitespaces)
                } else {
                    distribution.recipients.append(bare)
                }
            }
            index += 1
        }
        var signature = Signature()
        var consumed = index
        while consumed < result.items.count, case .block(.paragraph(let content), _) = result.items[consumed] {
            let text = plain(content).trimmingCharacters(in: .whitespaces)
            if text == text.uppercased() {
                signature.lines.append(text)
            } else {
                signature.name = text
            }
            consumed += 1
        }
        guard consumed == result.items.count || result.items[consumed...].allSatisfy({ if case .footnote = $0 { true } else { false } }) else {
            log.warning(.markdownSkipped(.textAfterSignature), at: SourceLocation(file: source, line: result.items[consumed].line))
            return
        }
        result.distribution = distribution
        result.signature = signature
        result.items.removeSubrange(titleIndex..<consumed)
    }

    private func plain(_ content: [Inline]) -> String { Inline.plainText(content) }
}
