import Foundation
import GRDB

/// The failed sign-ins in a row of one key ("login:snn", "address:10.0.0.5"), kept in the database
/// so that the slowing down holds across restarts and across processes sharing the data folder.
public struct SignInFailures: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "signInFailure"

    /// What is counted: an account or an address.
    public var key: String
    /// Failed attempts since the last success.
    public var count: Int
    /// The latest failure.
    public var last: Date
}

extension IntakeStore {
    /// The failures recorded for `keys` (absent keys have none).
    public func signInFailures(_ keys: [String]) throws -> [SignInFailures] {
        try database.read { db in try SignInFailures.filter(keys: keys).fetchAll(db) }
    }

    /// Counts one more failure for every key, at `now`, in one transaction; forgets failures older
    /// than `forgetAfter` so that the table stays small.
    public func recordSignInFailure(_ keys: [String], now: Date, forgetAfter: TimeInterval) throws {
        try database.write { db in
            for key in keys {
                try db.execute(sql: """
                    INSERT INTO signInFailure (key, count, last) VALUES (?, 1, ?)
                    ON CONFLICT(key) DO UPDATE SET count = count + 1, last = excluded.last
                    """, arguments: [key, now])
            }
            try SignInFailures.filter(Column("last") < now.addingTimeInterval(-forgetAfter)).deleteAll(db)
        }
    }

    /// Forgets the failures of `keys` (after a successful sign-in).
    public func clearSignInFailures(_ keys: [String]) throws {
        _ = try database.write { db in try SignInFailures.filter(keys: keys).deleteAll(db) }
    }
}
