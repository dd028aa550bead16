import Foundation
import GRDB

/// A sign-in: a browser session (cookie) or an API token (`Authorization: Bearer`).
///
/// Only the SHA-256 of the token is stored, so a copy of the database does not let anyone sign in.
public struct AccessToken: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    /// How the token is presented.
    public enum Kind: String, Codable, Hashable, Sendable {
        /// A browser session cookie, with a CSRF token for its forms.
        case session
        /// A bearer token for the JSON API.
        case api
    }

    public static let databaseTableName = "accessToken"

    /// The SHA-256 of the token, hexadecimal.
    public var tokenHash: String
    /// The account it signs in.
    public var accountId: Int64
    /// How the token is presented.
    public var kind: Kind
    /// The token every form of this session must carry.
    public var csrf: String
    /// When it was issued.
    public var createdAt: Date
    /// When it stops working.
    public var expiresAt: Date
    /// Signed out or revoked (`baocao-server users revoke`).
    public var revoked: Bool
}
