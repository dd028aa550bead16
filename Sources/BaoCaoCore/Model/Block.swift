/// A block of body content.
public enum Block: Hashable, Sendable {
    /// A paragraph of inlines.
    case paragraph([Inline])
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A table, possibly with header rows and merged cells.
    case table(Table)
    /// A hard page break.
    case pageBreak
}

/// A bulleted ("-") or numbered list whose items hold blocks (nested lists included).
public struct ListBlock: Hashable, Sendable, Codable {
    /// True for a numbered list.
    public var isOrdered: Bool
    /// The first number of a numbered list.
    public var start: Int
    /// The items, each a sequence of blocks.
    public var items: [[Block]]

    /// Creates a list.
    public init(isOrdered: Bool = false, start: Int = 1, items: [[Block]]) {
        self.isOrdered = isOrdered
        self.start = start
        self.items = items
    }
}

extension Block {
    /// The plain text of a block, paragraphs separated by newlines.
    public var plainText: String {
        switch self {
        case .paragraph(let inlines): return Inline.plainText(inlines)
        case .list(let list): return list.items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .table(let table):
            return table.rows.map { $0.cells.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: "\t") }
                .joined(separator: "\n")
        case .pageBreak: return ""
        }
    }
}

extension Block: Codable {
    private enum CodingKeys: String, CodingKey { case type, content, list, table }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "paragraph": self = .paragraph(try c.decode([Inline].self, forKey: .content))
        case "list": self = .list(try c.decode(ListBlock.self, forKey: .list))
        case "table": self = .table(try c.decode(Table.self, forKey: .table))
        case "pageBreak": self = .pageBreak
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type \(type)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let content):
            try c.encode("paragraph", forKey: .type)
            try c.encode(content, forKey: .content)
        case .list(let list):
            try c.encode("list", forKey: .type)
            try c.encode(list, forKey: .list)
        case .table(let table):
            try c.encode("table", forKey: .type)
            try c.encode(table, forKey: .table)
        case .pageBreak:
            try c.encode("pageBreak", forKey: .type)
        }
    }
}
