/// An annex (phụ lục) printed after the signature, usually a statistics table.
public struct Annex: Hashable, Sendable, Codable {
    /// The annex title, for example "BIỂU THỐNG KÊ".
    public var title: String
    /// The annex content.
    public var blocks: [Block]
    /// The issuing body's full name for the "(Kèm theo …)" line, "Văn phòng UBND tỉnh Cao Bằng";
    /// `nil` for the header's issuing body.
    public var issuer: String?

    /// Creates an annex.
    public init(title: String, blocks: [Block], issuer: String? = nil) {
        self.title = title
        self.blocks = blocks
        self.issuer = issuer
    }
}
