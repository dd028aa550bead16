import Foundation
import GRDB

/// Someone who signs in to the intake service: the office, or one department.
public struct Account: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// What an account may do.
    public enum Role: String, Codable, Hashable, Sendable {
        /// The provincial office: every department's submissions, the board, the audit log, assembly.
        case office
        /// One department: its own submissions only.
        case department
    }

    public static let databaseTableName = "account"

    /// The row id.
    public var id: Int64?
    /// The sign-in name, unique.
    public var login: String
    /// The person or unit, as shown on the pages.
    public var name: String
    /// What the account may do.
    public var role: Role
    /// The department id of a department account (as the profile spells it); `nil` for the office.
    public var department: String?
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// A disabled account cannot sign in and its tokens are refused.
    public var disabled: Bool
    /// The password was issued by the command line (`users add`, `users reset`): the account must
    /// choose its own before any other page or API call works.
    public var mustChangePassword: Bool
    /// When the account was created.
    public var createdAt: Date

    /// Creates an account (not yet saved) whose password must be changed at first sign-in.
    public init(login: String, name: String, role: Role, department: String?, passwordHash: String, createdAt: Date) {
        self.login = login
        self.name = name
        self.role = role
        self.department = department
        self.passwordHash = passwordHash
        self.disabled = false
        self.mustChangePassword = true
        self.createdAt = createdAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// True for the office.
    public var isOffice: Bool { role == .office }
}
