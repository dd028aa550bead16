/// Where in an input something was found.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line (or spreadsheet row), when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "file:line:column", leaving out what is unknown; control characters in the file name are
    /// shown as escapes.
    public var description: String {
        var out = file.withVisibleControlCharacters
        if let line {
            out += ":\(line)"
            if let column { out += ":\(column)" }
        }
        return out
    }
}

/// A problem found in the input: an error stops a final report, a warning does not, a note only
/// informs (an optional figure left blank in a filled form).
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        /// The word printed before the message: "lỗi", "cảnh báo", "ghi chú" / "error", "warning", "note".
        public func label(in language: Language) -> String {
            switch (self, language) {
            case (.note, .vi): "ghi chú"
            case (.warning, .vi): "cảnh báo"
            case (.error, .vi): "lỗi"
            case (_, .en): rawValue
            }
        }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong, in one sentence, in every language.
    public var message: Message
    /// Where it is, when known.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: Message, at location: SourceLocation? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// Compiler style in `language`, on one line whatever the names in it hold:
    /// "file:line: cảnh báo: …" or "file:line: warning: …".
    public func text(in language: Language) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.label(in: language)): \(message.text(in: language).withVisibleControlCharacters)"
    }

    /// Compiler style in Vietnamese, the default language.
    public var description: String { text(in: .vi) }
}

/// Collects the diagnostics of one run, in the order they were found.
///
/// Passed by reference through importers, checks and exporters so that deep code can report
/// without threading return values; not shared across threads. At most ``limitPerFile``
/// diagnostics of one severity are kept per file: the rest are counted in one closing entry,
/// "và 41 lỗi khác", so that a hostile file cannot print millions of lines.
public final class DiagnosticLog {
    /// The most diagnostics of one severity kept for one file.
    public static let limitPerFile = 100

    /// Everything reported so far.
    public private(set) var entries: [Diagnostic] = []

    private struct Stream: Hashable {
        let file: String?
        let severity: Diagnostic.Severity
    }

    /// How many diagnostics each file and severity had, and where its closing entry is.
    private var streams: [Stream: (count: Int, summaryIndex: Int?)] = [:]

    /// Creates an empty log.
    public init() {}

    /// Adds a diagnostic, or counts it in the closing entry once its file has ``limitPerFile``.
    public func report(_ diagnostic: Diagnostic) {
        let stream = Stream(file: diagnostic.location?.file, severity: diagnostic.severity)
        var state = streams[stream] ?? (0, nil)
        state.count += 1
        defer { streams[stream] = state }
        guard state.count > Self.limitPerFile else {
            entries.append(diagnostic)
            return
        }
        let summary = Diagnostic(
            diagnostic.severity, .more(state.count - Self.limitPerFile, diagnostic.severity),
            at: diagnostic.location.map { SourceLocation(file: $0.file) })
        if let index = state.summaryIndex {
            entries[index] = summary
        } else {
            state.summaryIndex = entries.count
            entries.append(summary)
        }
    }

    /// "và 41 lỗi khác": the closing entry of a file's diagnostics past the limit.

    /// Adds a note: something the user should know that needs no change.
    public func note(_ message: Message, at location: SourceLocation? = nil) {
        report(Diagnostic(.note, message, at: location))
    }

    /// Adds a warning.
    public func warning(_ message: Message, at location: SourceLocation? = nil) {
        report(Diagnostic(.warning, message, at: location))
    }

    /// Adds an error.
    public func error(_ message: Message, at location: SourceLocation? = nil) {
        report(Diagnostic(.error, message, at: location))
    }

    /// True when at least one error was reported.
    public var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// The warnings reported so far.
    public var warnings: [Diagnostic] { entries.filter { $0.severity == .warning } }

    /// The notes reported so far.
    public var notes: [Diagnostic] { entries.filter { $0.severity == .note } }

    /// The errors reported so far.
    public var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
}
