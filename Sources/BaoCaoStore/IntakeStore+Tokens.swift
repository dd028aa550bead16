import Foundation
import GRDB

extension IntakeStore {
    /// Issues a new token for `account`; returns the token in clear (shown once) and its record.
    public func issueToken(for account: Account, kind: AccessToken.Kind, lifetime: TimeInterval, now: Date = Date()) throws -> (String, AccessToken) {
        let token = Self.randomToken()
        let record = AccessToken(tokenHash: BlobStore.sha256(Data(token.utf8)), accountId: account.id ?? 0, kind: kind,
                                 csrf: Self.randomToken(), createdAt: now, expiresAt: now.addingTimeInterval(lifetime), revoked: false)
        try database.write { db in
            try record.insert(db)
            try Self.append(AuditEntry(at: now, login: account.login, action: .signIn, department: account.department,
                                       detail: kind.rawValue), in: db)
        }
        return (token, record)
    }

    /// The enabled account and the token record of a valid, unexpired, unrevoked `token` of `kind`; `nil` otherwise.
    public func resolve(token: String, kind: AccessToken.Kind, now: Date = Date()) throws -> (Account, AccessToken)? {
        try database.read { db in
            // Cached statements: every request of a signed-in user comes through here.
            let hash = BlobStore.sha256(Data(token.utf8))
            guard let record = try AccessToken.fetchOne(db.cachedStatement(sql: "SELECT * FROM accessToken WHERE tokenHash = ?"), arguments: [hash]),
                record.kind == kind, !record.revoked, record.expiresAt > now,
                let account = try Account.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"), arguments: [record.accountId]),
                !account.disabled else { return nil }
            return (account, record)
        }
    }

    /// Ends the session or API token `token` (signing out).
    public func revoke(token: String) throws {
        _ = try database.write { db in
            try AccessToken.filter(key: BlobStore.sha256(Data(token.utf8))).updateAll(db, Column("revoked").set(to: true))
        }
    }

    /// 32 random bytes (the system CSPRNG) as URL-safe base64.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
