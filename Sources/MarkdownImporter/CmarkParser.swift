internal import CCmarkGFM
import Foundation

/// A parsed CommonMark + GFM document (tables, strikethrough, footnotes) from cmark-gfm, owned
/// by this value and freed when it goes away.
final class CmarkDocument {
    let root: OpaquePointer

    /// Parses `text` with the GFM table and strikethrough extensions and footnotes enabled.
    init(parsing text: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_FOOTNOTES
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        root = cmark_parser_finish(parser)
    }

    deinit { cmark_node_free(root) }

    /// The document node.
    var node: CmarkNode { CmarkNode(pointer: root) }

    /// The first node nested deeper than `limit` (the document is depth 0), found by walking the
    /// tree without recursion so that any depth can be measured; `nil` when none is.
    func firstNode(deeperThan limit: Int) -> CmarkNode? {
        var node = root
        var depth = 0
        while true {
            if depth > limit { return CmarkNode(pointer: node) }
            if let child = cmark_node_first_child(node) {
                node = child
                depth += 1
                continue
            }
            while cmark_node_next(node) == nil {
                guard depth > 0, let parent = cmark_node_parent(node) else { return nil }
                node = parent
                depth -= 1
            }
            guard depth > 0, let next = cmark_node_next(node) else { return nil }
            node = next
        }
    }
}

/// A borrowed view of one cmark node; valid while its ``CmarkDocument`` lives.
struct CmarkNode {
    let pointer: OpaquePointer

    /// The kinds of node the reader handles.
    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case footnoteDefinition, text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        case footnoteReference, table, tableRow, tableCell, strikethrough
        case other(String)
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference
        default:
            // Extension nodes have no fixed enum value; they are told apart by name.
            let name = cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? ""
            switch name {
            case "table": return .table
            case "table_row": return .tableRow
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            default: return .other(name)
            }
        }
    }

    /// The node's children, in order.
    var children: [CmarkNode] {
        var out: [CmarkNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            out.append(CmarkNode(pointer: current))
            child = cmark_node_next(current)
        }
        return out
    }

    /// The label of a footnote reference or definition, "note-a" for `[^note-a]`.
    ///
    /// cmark-gfm has no getter for it (the literal of a reference is its ordinal), so the label is
    /// read back from the node rendered as CommonMark: "[^note-a]" or "[^note-a]:".
    var footnoteLabel: String {
        guard let rendered = cmark_render_commonmark(pointer, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(rendered) }
        let text = String(cString: rendered)
        guard let open = text.range(of: "[^"), let close = text[open.upperBound...].firstIndex(of: "]") else { return "" }
        return String(text[open.upperBound..<close])
    }

    /// The literal text of text, code and HTML nodes.
    var literal: String {
        cmark_node_get_literal(pointer).map { String(cString: $0) } ?? ""
    }

    /// The 1-based line where the node starts.
    var line: Int { Int(cmark_node_get_start_line(pointer)) }

    /// The level of a heading node, 1 to 6.
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// True for a numbered list.
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    /// The first number of a numbered list.
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }

    /// True for the header row of a GFM table.
    var isTableHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }

    /// The alignment letters of a GFM table's columns ("l", "c", "r" or none).
    var tableAlignments: [Character?] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard let alignments = cmark_gfm_extensions_get_table_alignments(pointer) else { return [] }
        return (0..<count).map { alignments[$0] == 0 ? nil : Character(Unicode.Scalar(alignments[$0])) }
    }
}
