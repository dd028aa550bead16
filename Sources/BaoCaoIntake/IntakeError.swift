import BaoCaoCore
import Hummingbird

/// A request the intake refuses: the HTTP status and the Vietnamese message the user reads, with
/// the diagnostics of a refused file. Pages and API render the same error differently.
public struct IntakeError: Error, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What is wrong, in Vietnamese.
    public var message: String
    /// The checks' findings, for a refused file.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ message: String, diagnostics: [Diagnostic] = []) {
        self.status = status
        self.message = message
        self.diagnostics = diagnostics
    }

    /// 401: no valid sign-in.
    static let unauthorized = IntakeError(.unauthorized, IntakeMessages.signInRequired)
    /// 403: outside the caller's role or department.
    static let forbidden = IntakeError(.forbidden, IntakeMessages.forbidden)
    /// 403: the password the command line issued must be changed first.
    static let passwordChangeRequired = IntakeError(.forbidden, IntakeMessages.passwordChangeRequired)
    /// 404.
    static let notFound = IntakeError(.notFound, IntakeMessages.notFound)
}
