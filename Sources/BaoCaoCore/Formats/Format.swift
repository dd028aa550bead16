import Foundation

/// What a format is called and which file extensions it takes.
public struct FormatInfo: Hashable, Sendable {
    /// The name used with `--from` and `--to`, for example "docx".
    public var name: FormatName
    /// File extensions without the dot, lower case, that select this format.
    public var extensions: [String]
    /// One line for `baocao formats`.
    public var summary: String

    /// Creates a format description.
    public init(name: FormatName, extensions: [String], summary: String) {
        self.name = name
        self.extensions = extensions
        self.summary = summary
    }
}

/// Reads a document of one format into a ``Report``.
///
/// An importer never trusts its input: it reports what it skips as warnings in the log and
/// throws ``BaoCaoError`` naming the file (and line, where the format has lines) when it cannot go on.
public protocol Importer: Sendable {
    /// The format this importer reads.
    var info: FormatInfo { get }

    /// Reads `data`, which came from the file named `source` (used in messages only).
    func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report
}

/// Writes a ``Report`` in one format, to memory: the caller decides where the bytes go (a file
/// written atomically with ``AtomicFile``, standard output, an HTTP response).
public protocol Exporter: Sendable {
    /// The format this exporter writes.
    var info: FormatInfo { get }

    /// The report as the bytes of one file of this format.
    ///
    /// The same report and options must give byte-identical data. Warnings (what the format cannot
    /// show, characters removed) go to `log`; an exporter touches no file.
    func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data
}

/// Settings that apply across exporters.
public struct ExportOptions: Hashable, Sendable {
    /// The page layout of DOCX and ODT.
    public var layout: PageLayout
    /// The CSV dialect: RFC 4180 for tools, or what Vietnamese Excel opens as columns.
    public var csv: CSVDialect
    /// Start an RFC 4180 CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8 (the
    /// Excel dialect always has one).
    public var byteOrderMark: Bool
    /// Write PDF as PDF/A-2b, for archiving.
    public var archival: Bool

    /// Creates options; the defaults give Decree 30's layout, RFC 4180 CSV without byte order mark
    /// and plain PDF.
    public init(layout: PageLayout = PageLayout(), csv: CSVDialect = .rfc4180, byteOrderMark: Bool = false, archival: Bool = false) {
        self.layout = layout
        self.csv = csv
        self.byteOrderMark = byteOrderMark
        self.archival = archival
    }
}
