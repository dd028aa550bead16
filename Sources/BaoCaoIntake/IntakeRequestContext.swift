import BaoCaoStore
import Hummingbird
import NIOCore

/// What the routes know about a request besides itself: the signed-in account and its token, and
/// the client's address (for slowing down failed sign-ins).
public struct IntakeRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in account, set by the authentication middleware.
    public var account: Account?
    /// The token record of the sign-in (its CSRF token for forms).
    public var token: AccessToken?
    /// The client's IP address, when known.
    public var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The signed-in account, or 401.
    func signedIn() throws -> Account {
        guard let account else { throw IntakeError.unauthorized }
        return account
    }
}
