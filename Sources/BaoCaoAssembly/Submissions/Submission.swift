import BaoCaoCore

/// A piece of narrative a department sent: running text that may hold template placeholders.
public struct Narrative: Hashable, Sendable {
    /// A footnote of a text narrative: its identifier and text (placeholders allowed).
    public struct Note: Hashable, Sendable {
        /// The identifier the text refers to as `[^id]`.
        public var id: String
        /// The note's text.
        public var text: String
    }

    /// How the text is written.
    public enum Format: Hashable, Sendable {
        /// Paragraphs separated by blank lines, footnote marks as `[^id]`.
        case text
        /// Markdown, read by the registry's Markdown importer.
        case markdown
    }

    /// The key the outline refers to, for example "quy-che-lam-viec".
    public var key: String
    /// The text, before placeholders are filled.
    public var text: String
    /// How the text is written.
    public var format: Format
    /// Footnotes of a `text` narrative, by identifier, in file order.
    public var footnotes: [Note]
    /// Where the text starts.
    public var location: SourceLocation
}

/// One file a department sent for a period: its figures and narrative.
public struct Submission: Hashable, Sendable {
    /// The department it declares.
    public var department: String
    /// Where the department was declared (for messages).
    public var departmentLocation: SourceLocation
    /// The period it declares.
    public var period: ReportingPeriod
    /// Where the period was declared.
    public var periodLocation: SourceLocation
    /// The file as the user named it.
    public var file: String
    /// The file name relative to the inbox, printed in the statistics annex.
    public var sourceName: String
    /// Typed figures, in file order.
    public var figures: [Figure]
    /// Narrative pieces, in file order.
    public var narratives: [Narrative]
    /// The identifiers of figures the file has but that could not be read (each already reported
    /// at its line), so that templates using them are not blamed a second time.
    public var unreadableFigures: [String] = []
    /// Figures of the catalogue the file has a place for but left empty (a filled form's blank
    /// value cells), by id, with the cell.
    public var blankFigures: [String: SourceLocation] = [:]
}
