/// The signature block: authority and position lines, then the signer's name.
public struct Signature: Hashable, Sendable, Codable {
    /// Upper-case lines such as "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    public var lines: [String]
    /// The signer's full name, for example "Trịnh Sỹ Tài"; `nil` when not yet known.
    public var name: String?

    /// Creates a signature block.
    public init(lines: [String] = [], name: String? = nil) {
        self.lines = lines
        self.name = name
    }

    /// True when there is nothing to print.
    public var isEmpty: Bool { lines.isEmpty && name == nil }
}
