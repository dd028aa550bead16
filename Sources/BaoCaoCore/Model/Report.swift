/// A whole official report: header, title, numbered body, footnotes, annexes and final block.
///
/// This is the one document model every importer produces and every exporter consumes, in the
/// spirit of pandoc's AST, plus what an official Vietnamese document needs (Decree 30/2020).
/// Its JSON form is versioned by ``Report/formatVersion`` and documented in `docs/formats.md`.
public struct Report: Hashable, Sendable, Codable {
    /// The version of the JSON form written by this build.
    public static let formatVersion = 1

    /// Issuing bodies, number, place and date (the top of page 1).
    public var header: DocumentHeader
    /// The document type in upper case, for example "BÁO CÁO".
    public var documentType: String
    /// The summary line under the type (trích yếu).
    public var subject: String
    /// True for a draft that still lacks its number or day, or that failed checks.
    public var isDraft: Bool
    /// Body blocks that stand before the first numbered section.
    public var preamble: [Block]
    /// The numbered sections of the body, as a tree.
    public var sections: [Section]
    /// Footnotes referenced from the body by ``Inline/footnoteReference(_:)``.
    public var footnotes: [Footnote]
    /// Annexes (phụ lục) that follow the signature.
    public var annexes: [Annex]
    /// The statistical annex of an assembled report, printed after ``annexes``
    /// (``printable(layout:)``); `nil` for none.
    public var statistics: StatisticalAnnex?
    /// The bodies the document is addressed to ("Kính gửi:", Decree 30 field 9a: a công văn, a
    /// tờ trình, a report to a higher body); empty for none.
    public var addressees: [String]
    /// The "Nơi nhận" list.
    public var distribution: DistributionList
    /// The signature block.
    public var signature: Signature

    /// Creates a report; every part but the type defaults to empty. An empty `documentType` makes
    /// it a công văn, whose subject ("V/v …") is printed under its number.
    public init(
        header: DocumentHeader = DocumentHeader(), documentType: String = "BÁO CÁO", subject: String = "",
        isDraft: Bool = false, preamble: [Block] = [], sections: [Section] = [], footnotes: [Footnote] = [],
        annexes: [Annex] = [], statistics: StatisticalAnnex? = nil, distribution: DistributionList = DistributionList(), signature: Signature = Signature(),
        addressees: [String] = []
    ) {
        self.header = header
        self.documentType = documentType
        self.subject = subject
        self.isDraft = isDraft
        self.preamble = preamble
        self.sections = sections
        self.footnotes = footnotes
        self.annexes = annexes
        self.statistics = statistics
        self.distribution = distribution
        self.signature = signature
        self.addressees = addressees
    }

    /// True for a công văn (no type name): the subject goes under the number, Decree 30 field 5b.
    public var isLetter: Bool { documentType.isEmpty }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, header, documentType, subject, isDraft, preamble, sections, footnotes, annexes, statistics
        case addressees, distribution, signature
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let version = try c.decode(Int.self, forKey: .formatVersion)
        guard version <= Report.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .formatVersion, in: c,
                debugDescription: "report format version \(version) is newer than this build (\(Report.formatVersion))")
        }
        header = try c.decodeIfPresent(DocumentHeader.self, forKey: .header) ?? DocumentHeader()
        documentType = try c.decodeIfPresent(String.self, forKey: .documentType) ?? "BÁO CÁO"
        subject = try c.decodeIfPresent(String.self, forKey: .subject) ?? ""
        isDraft = try c.decodeIfPresent(Bool.self, forKey: .isDraft) ?? false
        preamble = try c.decodeIfPresent([Block].self, forKey: .preamble) ?? []
        sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
        footnotes = try c.decodeIfPresent([Footnote].self, forKey: .footnotes) ?? []
        annexes = try c.decodeIfPresent([Annex].self, forKey: .annexes) ?? []
        statistics = try c.decodeIfPresent(StatisticalAnnex.self, forKey: .statistics)
        addressees = try c.decodeIfPresent([String].self, forKey: .addressees) ?? []
        distribution = try c.decodeIfPresent(DistributionList.self, forKey: .distribution) ?? DistributionList()
        signature = try c.decodeIfPresent(Signature.self, forKey: .signature) ?? Signature()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Report.formatVersion, forKey: .formatVersion)
        try c.encode(header, forKey: .header)
        try c.encode(documentType, forKey: .documentType)
        try c.encode(subject, forKey: .subject)
        try c.encode(isDraft, forKey: .isDraft)
        try c.encode(preamble, forKey: .preamble)
        try c.encode(sections, forKey: .sections)
        try c.encode(footnotes, forKey: .footnotes)
        try c.encode(annexes, forKey: .annexes)
        try c.encodeIfPresent(statistics, forKey: .statistics)
        if !addressees.isEmpty { try c.encode(addressees, forKey: .addressees) }
        try c.encode(distribution, forKey: .distribution)
        try c.encode(signature, forKey: .signature)
    }
}
