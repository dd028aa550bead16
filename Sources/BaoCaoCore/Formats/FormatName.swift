/// The name of a format, as used with `--from` and `--to` and to look a format up in a
/// ``FormatRegistry``: a typed value, so that code names a format without a bare string.
///
///     let importer = try registry.importer(.markdown)
public struct FormatName: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name, lower case: "docx".
    public let rawValue: String

    /// Creates a name; it is lower-cased, as names are matched without case.
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }

    /// Creates a name from a literal such as `"docx"`.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// Markdown with a YAML front matter, the form narratives are kept in.
    public static let markdown: FormatName = "markdown"
    /// Word's Office Open XML document.
    public static let docx: FormatName = "docx"
    /// OpenDocument text.
    public static let odt: FormatName = "odt"
    /// Comma-separated values.
    public static let csv: FormatName = "csv"
    /// The JSON form of the model.
    public static let json: FormatName = "json"
    /// Portable Document Format, printed by LibreOffice.
    public static let pdf: FormatName = "pdf"
    /// Excel's Office Open XML workbook.
    public static let xlsx: FormatName = "xlsx"
}
