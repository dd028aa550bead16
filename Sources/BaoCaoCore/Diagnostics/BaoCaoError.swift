/// The one error type the command line prints, compiler-style: "file:line: error: message".
public struct BaoCaoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure, which decides the exit code.
    public enum Kind: String, Hashable, Sendable {
        /// The input is missing, unreadable or malformed (exit code 1).
        case badInput
        /// The command was called wrongly: unknown format, bad option value (exit code 2).
        case usage
        /// Writing the output failed (exit code 1).
        case output
    }

    /// What kind of failure.
    public var kind: Kind
    /// What is wrong, in every language.
    public var message: Message
    /// Where, when known.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ kind: Kind, _ message: Message, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// A bad-input error at a location.
    public static func badInput(_ message: Message, at location: SourceLocation? = nil) -> BaoCaoError {
        BaoCaoError(.badInput, message, at: location)
    }

    /// "file:line: lỗi: …" or "file:line: error: …" in `language`.
    public func text(in language: Language) -> String {
        Diagnostic(.error, message, at: location).text(in: language)
    }

    /// "file:line: lỗi: …", in Vietnamese, the default language.
    public var description: String { text(in: .vi) }
}
