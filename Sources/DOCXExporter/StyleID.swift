import BaoCaoCore

/// The style ids `styles.xml` defines and the other parts use.
enum StyleID {
    /// Plain paragraphs: no indent, no spacing (page-1 tables, final block).
    static let normal = "Normal"
    /// Body paragraphs: justified, first-line indent, space before.
    static let bodyText = "BodyText"
    /// Centred lines without indent: type name, subject, annex titles, captions.
    static let centred = "CanGiua"
    /// Text inside body tables.
    static let tableText = "NoiDungBang"
    /// Footnote paragraphs.
    static let footnoteText = "FootnoteText"
    /// The superscript footnote mark.
    static let footnoteReference = "FootnoteReference"
    /// The page-number header.
    static let header = "Header"
    /// Bordered body tables.
    static let tableGrid = "TableGrid"
    /// The default table style.
    static let tableNormal = "TableNormal"

    /// The heading style of a kind of section number: "Heading1" … "Heading4".
    static func heading(_ kind: HeadingKind) -> String { "Heading\(kind.rawValue)" }
}
