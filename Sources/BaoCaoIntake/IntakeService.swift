import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import BaoCaoStore
import Foundation

/// The rules of the intake, one implementation for the pages and the JSON API: signing in, who may
/// see and send what, uploads with their checks, the office's board, review, lock and assembly.
///
/// Every method takes the signed-in account and refuses with ``IntakeError`` (401, 403, 404, 409,
/// 413, 422) what the account may not do; the routes only decode requests and render results.
public final class IntakeService: Sendable {
    /// How the service runs.
    public let settings: IntakeSettings
    /// The data folder.
    public let store: IntakeStore
    /// The province's profile, read from the configuration folder.
    public let profile: Profile
    /// The indicator catalogue, read from the configuration folder.
    public let catalogue: Catalogue
    /// The formats used for narratives and assembly.
    public let registry: FormatRegistry
    let calendar: PeriodCalendar
    let throttle: SignInThrottle

    /// Opens the data folder and reads the profile; rebuilds the inbox mirror from the database.
    ///
    /// - Throws: ``BaoCaoError`` when the profile cannot be read or the data folder cannot be opened.
    public init(settings: IntakeSettings, registry: FormatRegistry = .builtIn) throws {
        self.settings = settings
        self.registry = registry
        store = try IntakeStore(directory: settings.dataDirectory)
        let profilePath = (settings.configDirectory as NSString).appendingPathComponent("profile.yaml")
        profile = try Profile.load(URL(fileURLWithPath: profilePath), file: profilePath)
        catalogue = try Catalogue.load((settings.configDirectory as NSString).appendingPathComponent(Catalogue.fileName), profile: profile)
        calendar = PeriodCalendar(profile: profile, inbox: Inbox(path: store.inboxDirectory.path))
        throttle = SignInThrottle(store: store)
        try store.rebuildInbox()
    }

    /// The server's clock.
    var now: Date { settings.clock() }

    // MARK: Signing in

    /// Signs in with a password and issues a session or API token; slows down repeated failures
    /// per account and per `address` (counted in the database, across restarts and processes).
    ///
    /// - Throws: ``IntakeError`` 401 for a wrong name or password, 429 while slowed down.
    public func signIn(login: String, password: String, address: String?, kind: AccessToken.Kind) async throws -> (token: String, record: AccessToken, account: Account) {
        let keys = ["login:\(login.lowercased())"] + (address.map { ["address:\($0)"] } ?? [])
        let wait = try throttle.wait(for: keys, now: now)
        guard wait == 0 else { throw IntakeError(.tooManyRequests, IntakeMessages.throttled(seconds: wait)) }
        guard let account = try store.verify(login: login, password: password) else {
            try throttle.failed(keys, now: now)
            try store.audit(AuditEntry(at: now, login: String(login.prefix(64)), action: .signInFailed, detail: address ?? ""))
            throw IntakeError(.unauthorized, IntakeMessages.signInFailed)
        }
        try throttle.succeeded(keys)
        let lifetime = kind == .session ? settings.sessionLifetime : settings.tokenLifetime
        let (token, record) = try store.issueToken(for: account, kind: kind, lifetime: lifetime, now: now)
        return (token, record, account)
    }

    /// The account a token signs in, with its record.
    ///
    /// - Parameter changingPassword: the request changes the password or signs out, which an
    ///   account with an issued password may do (and nothing else).
    /// - Throws: ``IntakeError`` 401 when the token is unknown, expired, revoked or its account
    ///   disabled; 403 ``IntakeError/passwordChangeRequired`` while the issued password is unchanged.
    public func authenticate(token: String, kind: AccessToken.Kind, changingPassword: Bool = false) throws -> (Account, AccessToken) {
        guard let found = try store.resolve(token: token, kind: kind, now: now) else { throw IntakeError.unauthorized }
        if !changingPassword { try requirePasswordChosen(found.0) }
        return found
    }

    /// The month it is now in Vietnam: the period the pages open on.
    public var currentPeriod: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = PeriodCalendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: now)
        return ReportingPeriod(year: parts.year ?? 2000, month: parts.month ?? 1).description
    }

    // MARK: Shared checks

    /// The period named in a request.
    func period(_ text: String) throws -> ReportingPeriod {
        guard let period = ReportingPeriod(text) else { throw IntakeError(.badRequest, IntakeMessages.badPeriod(text)) }
        return period
    }

    /// Refuses anyone but the office.
    func requireOffice(_ account: Account) throws {
        guard account.isOffice else { throw IntakeError.forbidden }
    }

    /// Refuses a department account reading another department's data.
    func requireAccess(_ account: Account, to department: String) throws {
        guard account.isOffice || account.department == department else { throw IntakeError.forbidden }
    }
}
