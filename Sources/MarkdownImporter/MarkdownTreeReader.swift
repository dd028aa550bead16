import Foundation
import BaoCaoCore

/// Turns cmark-gfm's node tree into ``MarkdownItem``s and model inlines, reporting what it skips.
struct MarkdownTreeReader {
    let source: String
    /// Lines before the Markdown body (the front matter), added to cmark's line numbers.
    let lineOffset: Int
    let log: DiagnosticLog

    /// Reads the document's top-level nodes.
    func items(of document: CmarkNode) -> [MarkdownItem] {
        var out: [MarkdownItem] = []
        for node in document.children {
            let line = node.line + lineOffset
            switch node.kind {
            case .heading:
                out.append(.heading(level: node.headingLevel, content: inlines(of: node).trimmed(), line: line))
            case .footnoteDefinition:
                out.append(.footnote(id: node.footnoteLabel, blocks: blocks(of: node.children), line: line))
            default:
                out += blocks(of: [node]).map { .block($0, line: line) }
            }
        }
        return out
    }

    /// Converts block nodes (inside list items, footnotes, quotes) into model blocks; `listLevel`
    /// is how many lists enclose them.
    func blocks(of nodes: [CmarkNode], listLevel: Int = 0) -> [Block] {
        var out: [Block] = []
        for node in nodes {
            switch node.kind {
            case .paragraph:
                let content = inlines(of: node).trimmed()
                if !content.isEmpty { out.append(.paragraph(content)) }
            case .heading:
                warn(.headingInList, node)
                out.append(.paragraph([.styled(.bold, inlines(of: node).trimmed())]))
            case .list:
                let items = node.children.map { blocks(of: $0.children, listLevel: listLevel + 1) }
                if listLevel >= ImportLimits.listLevels {
                    // Past the deepest level, the items become paragraphs of the enclosing item.
                    held(.listLevel, node)
                    out += items.joined()
                } else {
                    out.append(.list(ListBlock(isOrdered: node.isOrderedList, start: startNumber(of: node), items: items)))
                }
            case .table:
                out.append(.table(table(of: node)))
            case .blockQuote:
                warn(.blockQuote, node)
                out += blocks(of: node.children, listLevel: listLevel)
            case .codeBlock:
                warn(.codeBlock, node)
                out += node.literal.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.isEmpty }.map { .paragraph([.text(String($0))]) }
            case .htmlBlock:
                if node.literal.trimmingCharacters(in: .whitespacesAndNewlines) == MarkdownConventions.pageBreak {
                    out.append(.pageBreak)
                } else {
                    warn(.htmlBlock(node.literal.prefix(40).trimmingCharacters(in: .whitespacesAndNewlines)), node)
                }
            case .thematicBreak:
                warn(.horizontalRule, node)
            default:
                warn(.block("\(node.kind)"), node)
            }
        }
        return out
    }

    /// The first number of a list, held to ``ImportLimits/startNumbers`` (cmark reads up to nine digits).
    private func startNumber(of node: CmarkNode) -> Int {
        guard node.isOrderedList else { return 1 }
        guard let (value, clipped) = ImportLimits.number(String(node.listStart), in: ImportLimits.startNumbers) else { return 1 }
        if clipped { held(.startNumber(String(node.listStart), heldAt: value), node) }
        return value
    }

    private func table(of node: CmarkNode) -> Table {
        let alignments = node.tableAlignments.map { letter -> CellAlignment? in
            switch letter {
            case "c": return .center
            case "r": return .right
            case "l": return .left
            default: return nil
            }
        }
        var headerRows = 0
        var rows: [TableRow] = []
        for row in node.children {
            let cells = row.children.enumerated().map { index, cell in
                let content = inlines(of: cell).trimmed()
                return TableCell(blocks: content.isEmpty ? [] : [.paragraph(content)],
                                 alignment: index < alignments.count ? alignments[index] : nil)
            }
            if row.isTableHeaderRow {
                // An empty header row stands for a table without one (GFM requires the row).
                if cells.allSatisfy({ $0.blocks.isEmpty }) { continue }
                headerRows += 1
            }
            rows.append(TableRow(cells: cells))
        }
        return Table(headerRowCount: headerRows, rows: rows)
    }

    /// Converts the inline children of `node`, pairing inline HTML tags such as `<sup>…</sup>`.
    func inlines(of node: CmarkNode) -> [Inline] {
        var stack: [(style: InlineStyle?, tag: String, content: [Inline])] = [(nil, "", [])]
        for child in node.children {
            switch child.kind {
            case .htmlInline:
                let tag = child.literal.lowercased().filter { !$0.isWhitespace }
                if tag == "<br>" || tag == "<br/>" {
                    stack[stack.count - 1].content.append(.lineBreak)
                } else if let style = MarkdownConventions.htmlStyles[tag], stack.count <= ImportLimits.markdownNesting {
                    stack.append((style, tag, []))
                } else if MarkdownConventions.htmlStyles[tag] != nil {
                    held(.markdownNesting, child)
                } else if tag.hasPrefix("</"), stack.count > 1, "<" + tag.dropFirst(2) == stack[stack.count - 1].tag {
                    let done = stack.removeLast()
                    stack[stack.count - 1].content.append(.styled(done.style!, done.content))
                } else {
                    warn(.inlineHTML(child.literal), child)
                }
            default:
                stack[stack.count - 1].content += inline(child)
            }
        }
        while stack.count > 1 {
            let open = stack.removeLast()
            warn(.unclosedTag(open.tag), node)
            stack[stack.count - 1].content += open.content
        }
        return stack[0].content.normalized()
    }

    private func inline(_ node: CmarkNode) -> [Inline] {
        switch node.kind {
        case .text, .code: return [.text(node.literal)]
        case .softBreak: return [.text(" ")]
        case .lineBreak: return [.lineBreak]
        case .emphasis: return [.styled(.italic, inlines(of: node))]
        case .strong: return [.styled(.bold, inlines(of: node))]
        case .strikethrough: return [.styled(.strikethrough, inlines(of: node))]
        case .footnoteReference: return [.footnoteReference(node.footnoteLabel)]
        case .link:
            return inlines(of: node)
        case .image:
            warn(.image, node)
            return []
        default:
            warn(.inline("\(node.kind)"), node)
            return []
        }
    }

    private func warn(_ construct: Message.MarkdownConstruct, _ node: CmarkNode) {
        log.warning(.markdownSkipped(construct), at: SourceLocation(file: source, line: node.line + lineOffset))
    }

    /// Warns that a value of `node` was held to one of the ``ImportLimits``.
    private func held(_ message: Message, _ node: CmarkNode) {
        log.warning(message, at: SourceLocation(file: source, line: node.line + lineOffset))
    }
}
