/// An annex (phụ lục) printed after the signature, usually a statistics table.
public struct Annex: Hashable, Sendable, Codable {
    /// The annex title, for example "BIỂU THỐNG KÊ".
    public var title: String
    /// The annex content.
    public var blocks: [Block]

    /// Creates an annex.
    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}
