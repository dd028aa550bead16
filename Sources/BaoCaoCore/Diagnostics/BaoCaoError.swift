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
    /// What is wrong.
    public var message: String
    /// Where, when known.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
    }

    /// A bad-input error at a location.
    public static func badInput(_ message: String, at location: SourceLocation? = nil) -> BaoCaoError {
        BaoCaoError(.badInput, message, at: location)
    }

    /// "file:line: error: message".
    public var description: String {
        Diagnostic(.error, message, at: location).description
    }
}
