/// The header fields of a report as flat key/value pairs, the form a Markdown front matter (or any
/// other key/value source) gives them. Keys are dotted: `issuer.parent` is `parent` under `issuer`.
///
/// | key | meaning |
/// |---|---|
/// | `issuer.parent` | parent body, "UBND TỈNH CAO BẰNG" |
/// | `issuer.name` | issuing body, "VĂN PHÒNG" |
/// | `number` | "125/BC-VP", or "/BC-VP" in a draft |
/// | `place` | "Cao Bằng" |
/// | `date` | ISO 8601 "2023-05-25", or "2023-05" in a draft |
/// | `type` | "BÁO CÁO" |
/// | `subject` | the trích yếu |
/// | `draft` | true for a draft |
/// | `recipients` | list of recipients |
/// | `archive` | "VT, TH(Nh)" |
/// | `signer.lines` | list of authority and position lines |
/// | `signer.name` | the signer's name |
public enum FrontMatter {
    /// A front matter value: text, a list of texts, or a flag.
    public enum Value: Hashable, Sendable {
        case text(String)
        case list([String])
        case flag(Bool)
    }

    /// Every key, in the order writers emit them.
    public static let keys = [
        "issuer.parent", "issuer.name", "number", "place", "date", "type", "subject", "draft",
        "recipients", "archive", "signer.lines", "signer.name",
    ]

    /// The report's header fields as entries, in ``keys`` order, leaving out what is empty.
    public static func entries(of report: Report) -> [(key: String, value: Value)] {
        let header = report.header
        var out: [(String, Value)] = []
        func text(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { out.append((key, .text(value))) }
        }
        text("issuer.parent", header.parentBody)
        text("issuer.name", header.issuingBody)
        text("number", header.number?.canonicalText)
        text("place", header.place)
        text("date", header.date?.isoText)
        text("type", report.documentType)
        text("subject", report.subject)
        if report.isDraft { out.append(("draft", .flag(true))) }
        if !report.distribution.recipients.isEmpty { out.append(("recipients", .list(report.distribution.recipients))) }
        text("archive", report.distribution.archive)
        if !report.signature.lines.isEmpty { out.append(("signer.lines", .list(report.signature.lines))) }
        text("signer.name", report.signature.name)
        return out
    }

    /// Sets the field named by `key` on `report`.
    ///
    /// - Throws: a message saying what is wrong with the key or value (the caller adds the location).
    public static func apply(_ key: String, _ value: Value, to report: inout Report) throws(FrontMatterProblem) {
        switch (key, value) {
        case ("issuer.parent", .text(let text)): report.header.parentBody = text
        case ("issuer.name", .text(let text)): report.header.issuingBody = text
        case ("number", .text(let text)):
            guard let number = DocumentNumber(parsing: text) else {
                throw FrontMatterProblem(.badDocumentNumber(text))
            }
            report.header.number = number
        case ("place", .text(let text)): report.header.place = text
        case ("date", .text(let text)):
            guard let date = DocumentDate(iso: text) else {
                throw FrontMatterProblem(.badDocumentDate(text))
            }
            report.header.date = date
        case ("type", .text(let text)): report.documentType = text.uppercased()
        case ("subject", .text(let text)): report.subject = text
        case ("draft", .flag(let flag)): report.isDraft = flag
        case ("recipients", .list(let items)): report.distribution.recipients = items
        case ("archive", .text(let text)): report.distribution.archive = text
        case ("signer.lines", .list(let items)): report.signature.lines = items
        case ("signer.name", .text(let text)): report.signature.name = text
        case ("recipients", _), ("signer.lines", _):
            throw FrontMatterProblem(.frontMatterNeedsList(key))
        case ("draft", _):
            throw FrontMatterProblem(.frontMatterNeedsFlag("draft"))
        default:
            if keys.contains(key) { throw FrontMatterProblem(.frontMatterNeedsText(key)) }
            throw FrontMatterProblem(.unknownFrontMatterKey(key, known: keys))
        }
    }
}

/// Why a front matter entry was refused.
public struct FrontMatterProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var message: Message

    /// Creates a problem.
    public init(_ message: Message) { self.message = message }

    public var description: String { message.description }
}
