/// A footnote: an identifier the body refers to and the note's blocks.
public struct Footnote: Hashable, Sendable, Codable {
    /// The identifier used by ``Inline/footnoteReference(_:)``; writers renumber notes 1, 2, … in order of reference.
    public var id: String
    /// The note's content.
    public var blocks: [Block]

    /// Creates a footnote.
    public init(id: String, blocks: [Block]) {
        self.id = id
        self.blocks = blocks
    }
}
