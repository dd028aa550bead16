import Foundation
import GRDB

/// One line of the append-only audit log: who did what, when, on which period and file.
///
/// The table refuses updates and deletes (SQLite triggers), so the log only grows.
public struct AuditEntry: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// What was done.
    public enum Action: String, Codable, Hashable, Sendable, CaseIterable {
        case signIn = "sign-in"
        case signInFailed = "sign-in-failed"
        case passwordChanged = "password-changed"
        case upload
        case replace
        case reject
        case approve
        case `return`
        case lock
        case assemble
        case reminder
        case settings
        case accountAdded = "account-added"
        case accountReset = "account-reset"
        case accountDisabled = "account-disabled"
        case tokensRevoked = "tokens-revoked"
    }

    public static let databaseTableName = "audit"

    /// The row id: the order of events.
    public var id: Int64?
    /// When.
    public var at: Date
    /// The sign-in name of who did it ("cli" for the command line).
    public var login: String
    /// What was done.
    public var action: Action
    /// The period concerned, when there is one.
    public var period: String?
    /// The department concerned, when there is one.
    public var department: String?
    /// A short description: file name, comment, formats.
    public var detail: String
    /// The SHA-256 of the file concerned, when there is one.
    public var sha256: String?

    /// Creates an entry (not yet saved).
    public init(at: Date, login: String, action: Action, period: String? = nil, department: String? = nil,
                detail: String = "", sha256: String? = nil) {
        self.at = at
        self.login = login
        self.action = action
        self.period = period
        self.department = department
        self.detail = detail
        self.sha256 = sha256
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
