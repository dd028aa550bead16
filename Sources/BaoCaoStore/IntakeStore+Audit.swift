import Foundation
import GRDB

extension IntakeStore {
    /// Appends one entry to the audit log.
    public func audit(_ entry: AuditEntry) throws {
        try database.write { db in try Self.append(entry, in: db) }
    }

    /// The audit log, oldest first; only `period`'s entries when given.
    public func auditLog(period: String? = nil) throws -> [AuditEntry] {
        try database.read { db in
            var request = AuditEntry.order(Column("id"))
            if let period { request = request.filter(Column("period") == period) }
            return try request.fetchAll(db)
        }
    }

    static func append(_ entry: AuditEntry, in db: Database) throws {
        var entry = entry
        try entry.insert(db)
    }
}
