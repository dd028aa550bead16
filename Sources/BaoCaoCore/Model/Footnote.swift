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

/// The "Nơi nhận" list: recipients, then the archive line.
public struct DistributionList: Hashable, Sendable, Codable {
    /// Recipients without the leading dash or trailing semicolon, for example "Chủ tịch, các PCT UBND tỉnh".
    public var recipients: [String]
    /// What follows "Lưu: ", for example "VT, TH(Nh)"; `nil` when absent.
    public var archive: String?

    /// Creates a distribution list.
    public init(recipients: [String] = [], archive: String? = nil) {
        self.recipients = recipients
        self.archive = archive
    }

    /// True when there is nothing to print.
    public var isEmpty: Bool { recipients.isEmpty && archive == nil }

    /// The items as printed under "Nơi nhận:": "- …;" and the last "- Lưu: VT, TH(Nh).".
    public var printedItems: [String] {
        var items = recipients.map { "- \($0);" }
        if let archive {
            items.append("- Lưu: \(archive).")
        } else if let last = items.popLast() {
            items.append(String(last.dropLast()) + ".")
        }
        return items
    }
}

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
