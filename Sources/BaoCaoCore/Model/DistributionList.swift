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
