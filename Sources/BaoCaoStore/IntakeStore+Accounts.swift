import BaoCaoCore
import Foundation
import GRDB
import HummingbirdBcrypt

/// What `users add` and `users reset` hand out once: the sign-in name and a fresh password.
public struct IssuedPassword: Codable, Hashable, Sendable {
    /// The sign-in name.
    public var login: String
    /// The password in clear, shown only this once (the store keeps its bcrypt hash).
    public var password: String
}

extension IntakeStore {
    /// Creates an account with a random password and records it in the audit log.
    ///
    /// The sign-in name is `login` when given, otherwise the department id (or "vanphong" for the
    /// office), with "-2", "-3"… when it is taken.
    ///
    /// - Throws: ``BaoCaoError`` (usage) when `login` is taken or not made of a–z, 0–9, "-", "_", ".".
    public func addAccount(name: String, role: Account.Role, department: String?, login: String? = nil,
                           cost: UInt8 = IntakeStore.defaultBcryptCost, now: Date = Date()) throws -> IssuedPassword {
        let password = Self.randomPassword()
        let hash = Bcrypt.hash(password, cost: cost)
        return try database.write { db in
            let chosen: String
            if let login {
                guard Self.isValidLogin(login) else {
                    throw BaoCaoError(.usage, .badLogin(login))
                }
                guard try Account.filter(Column("login") == login).fetchCount(db) == 0 else {
                    throw BaoCaoError(.usage, .loginTaken(login))
                }
                chosen = login
            } else {
                let base = (department ?? "vanphong").lowercased()
                var candidate = base
                var suffix = 2
                while try Account.filter(Column("login") == candidate).fetchCount(db) > 0 {
                    candidate = "\(base)-\(suffix)"
                    suffix += 1
                }
                chosen = candidate
            }
            var account = Account(login: chosen, name: name.nfc, role: role, department: department,
                                  passwordHash: hash, createdAt: now)
            try account.insert(db)
            try Self.append(AuditEntry(at: now, login: "cli", action: .accountAdded, department: department, detail: chosen), in: db)
            return IssuedPassword(login: chosen, password: password)
        }
    }

    /// Every account, by sign-in name.
    public func accounts() throws -> [Account] {
        try database.read { db in try Account.order(Column("login")).fetchAll(db) }
    }

    /// The account signing in as `login`, or `nil`.
    public func account(login: String) throws -> Account? {
        try database.read { db in try Account.filter(Column("login") == login).fetchOne(db) }
    }

    /// Gives `login` a new random password that must be changed at the next sign-in, enables it
    /// again and revokes its tokens.
    public func resetPassword(login: String, cost: UInt8 = IntakeStore.defaultBcryptCost, now: Date = Date()) throws -> IssuedPassword {
        let password = Self.randomPassword()
        let hash = Bcrypt.hash(password, cost: cost)
        try database.write { db in
            var account = try Self.existing(login, in: db)
            account.passwordHash = hash
            account.disabled = false
            account.mustChangePassword = true
            try account.update(db)
            try Self.revokeTokens(of: account, in: db)
            try Self.append(AuditEntry(at: now, login: "cli", action: .accountReset, department: account.department, detail: login), in: db)
        }
        return IssuedPassword(login: login, password: password)
    }

    /// Replaces the password of `login` with one its user chose, so it no longer has to change it,
    /// and records the change in the audit log; every other session and token of the account ends.
    ///
    /// - Parameter keeping: the SHA-256 of the token the change was made with, which stays valid.
    public func changePassword(login: String, to password: String, keeping tokenHash: String? = nil,
                               cost: UInt8 = IntakeStore.defaultBcryptCost, now: Date = Date()) throws {
        let hash = Bcrypt.hash(password, cost: cost)
        try database.write { db in
            var account = try Self.existing(login, in: db)
            account.passwordHash = hash
            account.mustChangePassword = false
            try account.update(db)
            try AccessToken.filter(Column("accountId") == account.id && Column("revoked") == false && Column("tokenHash") != tokenHash)
                .updateAll(db, Column("revoked").set(to: true))
            try Self.append(AuditEntry(at: now, login: login, action: .passwordChanged, department: account.department), in: db)
        }
    }

    /// Disables `login` and revokes its tokens.
    public func disableAccount(login: String, now: Date = Date()) throws {
        try database.write { db in
            var account = try Self.existing(login, in: db)
            account.disabled = true
            try account.update(db)
            try Self.revokeTokens(of: account, in: db)
            try Self.append(AuditEntry(at: now, login: "cli", action: .accountDisabled, department: account.department, detail: login), in: db)
        }
    }

    /// Revokes every session and API token of `login`; returns how many were active.
    @discardableResult
    public func revokeTokens(login: String, now: Date = Date()) throws -> Int {
        try database.write { db in
            let account = try Self.existing(login, in: db)
            let count = try Self.revokeTokens(of: account, in: db)
            try Self.append(AuditEntry(at: now, login: "cli", action: .tokensRevoked, department: account.department, detail: login), in: db)
            return count
        }
    }

    /// The account when `password` is its password and it is enabled; `nil` otherwise.
    public func verify(login: String, password: String) throws -> Account? {
        guard let account = try account(login: login), !account.disabled,
            Bcrypt.verify(password, hash: account.passwordHash) else { return nil }
        return account
    }

    /// bcrypt's work factor for new passwords.
    public static let defaultBcryptCost: UInt8 = 11

    static func existing(_ login: String, in db: Database) throws -> Account {
        guard let account = try Account.filter(Column("login") == login).fetchOne(db) else {
            throw BaoCaoError(.usage, .noSuchAccount(login))
        }
        return account
    }

    @discardableResult
    static func revokeTokens(of account: Account, in db: Database) throws -> Int {
        try AccessToken.filter(Column("accountId") == account.id && Column("revoked") == false)
            .updateAll(db, Column("revoked").set(to: true))
    }

    static func isValidLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 64 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        }
    }

    /// 16 characters without look-alikes (no 0/O, 1/l/I), about 90 bits.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
