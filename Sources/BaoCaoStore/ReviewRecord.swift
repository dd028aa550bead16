import Foundation
import GRDB

/// The office's decision on a department's submissions for a period: approved, or returned with a comment.
///
/// A decision covers what the department had sent by then; a later upload starts a new round.
public struct ReviewRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    /// The decision.
    public enum Decision: String, Codable, Hashable, Sendable {
        case approved, returned
    }

    public static let databaseTableName = "review"

    /// The row id.
    public var id: Int64?
    /// The period, "2023-05".
    public var period: String
    /// The department id.
    public var department: String
    /// Approved or returned.
    public var decision: Decision
    /// The office's comment (shown to the department).
    public var comment: String
    /// When it was decided.
    public var decidedAt: Date
    /// The office account that decided.
    public var accountId: Int64

    /// Creates a decision (not yet saved).
    public init(period: String, department: String, decision: Decision, comment: String, decidedAt: Date, accountId: Int64) {
        self.period = period
        self.department = department
        self.decision = decision
        self.comment = comment
        self.decidedAt = decidedAt
        self.accountId = accountId
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A period the office has locked: no more uploads or replacements.
public struct PeriodLock: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "periodLock"

    /// The period, "2023-05".
    public var period: String
    /// When it was locked.
    public var lockedAt: Date
    /// The office account that locked it.
    public var accountId: Int64

    /// Creates a lock (not yet saved).
    public init(period: String, lockedAt: Date, accountId: Int64) {
        self.period = period
        self.lockedAt = lockedAt
        self.accountId = accountId
    }
}
