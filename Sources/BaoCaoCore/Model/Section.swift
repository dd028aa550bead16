/// A numbered section of the body: its heading, its own blocks, then its subsections.
public struct Section: Hashable, Sendable, Codable {
    /// The number as written, for example "I.", "1.", "3.1." or "a)"; `nil` for an unnumbered heading.
    public var number: String?
    /// The heading text after the number.
    public var title: [Inline]
    /// Blocks under the heading, before the first subsection.
    public var blocks: [Block]
    /// Subsections, one level deeper.
    public var subsections: [Section]

    /// Creates a section.
    public init(number: String? = nil, title: [Inline], blocks: [Block] = [], subsections: [Section] = []) {
        self.number = number
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
    }

    /// The heading as printed: "I. Kết quả đạt được".
    public var headingText: String {
        let title = Inline.plainText(self.title)
        guard let number, !number.isEmpty else { return title }
        return title.isEmpty ? number : "\(number) \(title)"
    }

    private enum CodingKeys: String, CodingKey { case number, title, blocks, subsections }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            number: try c.decodeIfPresent(String.self, forKey: .number),
            title: try c.decode([Inline].self, forKey: .title),
            blocks: try c.decodeIfPresent([Block].self, forKey: .blocks) ?? [],
            subsections: try c.decodeIfPresent([Section].self, forKey: .subsections) ?? [])
    }
}
