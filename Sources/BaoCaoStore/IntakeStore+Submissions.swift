import BaoCaoCore
import Foundation
import GRDB

/// Why the store refused to record an upload.
public enum StoreRefusal: Error, Hashable, Sendable {
    /// The office has locked the period.
    case locked
    /// The department already stored the most versions a period allows.
    case tooManyVersions(limit: Int)
}

extension IntakeStore {
    /// Stores `data` and records `submission` with its audit entry, all durably, before returning.
    ///
    /// The bytes are on the disk before the row is committed; the row and its audit entry commit
    /// together (`synchronous = FULL`), with the accepted version's copy written into the inbox
    /// mirror in the same transaction (replacing the file of the same name). Uploads that arrive
    /// together share that transaction and its flush (``GroupCommit``); each returns after it.
    ///
    /// - Throws: ``StoreRefusal`` when the period is locked or the department has `maxVersions` versions.
    public func record(_ submission: SubmissionRecord, data: Data, by login: String, maxVersions: Int) throws -> SubmissionRecord {
        var submission = submission
        submission.sha256 = try blobs.store(data)
        submission.size = data.count
        let saved = try uploadCommits.write { [self, submission] db -> SubmissionRecord in
            var submission = submission
            // Cached statements: this runs under the single writer, once per upload.
            guard try !Self.isLocked(period: submission.period, in: db) else { throw StoreRefusal.locked }
            let versions = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM submission WHERE period = ? AND department = ?"),
                                            arguments: [submission.period, submission.department]) ?? 0
            guard versions < maxVersions else { throw StoreRefusal.tooManyVersions(limit: maxVersions) }
            let replaces = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM submission WHERE period = ? AND department = ? AND fileName = ? AND accepted LIMIT 1"),
                arguments: [submission.period, submission.department, submission.fileName]) ?? false
            try submission.insert(db)
            let action: AuditEntry.Action = !submission.accepted ? .reject
                : submission.department == SubmissionRecord.officeDepartment ? .settings : replaces ? .replace : .upload
            try Self.append(AuditEntry(at: submission.receivedAt, login: login, action: action, period: submission.period,
                                       department: submission.department, detail: submission.fileName, sha256: submission.sha256), in: db)
            // Inside the transaction, so that mirror writes keep the order of the rows; a crash
            // before the commit leaves a mirrored file that `rebuildInbox` removes on start.
            // The mirror is not flushed to the disk (no `fsync` under the writer's lock): it is
            // derived from the committed rows and the stored files, and rebuilt on start.
            if submission.accepted { try mirror(submission, data: data) }
            return submission
        }
        return saved
    }

    /// The versions of `period`, oldest first: one department's, or every department's when `department` is `nil`.
    public func submissions(period: String, department: String?) throws -> [SubmissionRecord] {
        try database.read { db in try Self.submissions(period: period, department: department, in: db) }
    }

    /// What the board of `period` shows, read at one moment: the lock, the versions (oldest first)
    /// and the decisions; one department's only, or every department's when `department` is `nil`.
    public func boardState(period: String, department: String?) throws -> (locked: Bool, submissions: [SubmissionRecord], reviews: [ReviewRecord]) {
        try database.read { db in
            (try Self.isLocked(period: period, in: db), try Self.submissions(period: period, department: department, in: db),
             try Self.reviews(period: period, department: department, in: db))
        }
    }

    /// Whether the office has locked `period`.
    private static func isLocked(period: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM periodLock WHERE period = ?"), arguments: [period]) ?? false
    }

    /// The versions of `period` (one department's, or all), oldest first, through cached statements.
    private static func submissions(period: String, department: String?, in db: Database) throws -> [SubmissionRecord] {
        guard let department else {
            return try SubmissionRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM submission WHERE period = ? ORDER BY id"), arguments: [period])
        }
        return try SubmissionRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM submission WHERE period = ? AND department = ? ORDER BY id"),
                                             arguments: [period, department])
    }

    /// The version with id `id`, or `nil`.
    public func submission(id: Int64) throws -> SubmissionRecord? {
        try database.read { db in try SubmissionRecord.fetchOne(db, key: id) }
    }

    /// The versions `period` uses: the latest accepted one of each department's file name.
    public func currentSubmissions(period: String) throws -> [SubmissionRecord] {
        var latest: [String: SubmissionRecord] = [:]
        for submission in try submissions(period: period, department: nil) where submission.accepted {
            latest["\(submission.department)/\(submission.fileName)"] = submission
        }
        return latest.values.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }

    /// Records the office's decision on a department's submissions, with its audit entry.
    public func review(_ review: ReviewRecord, by login: String) throws {
        try database.write { db in
            guard try PeriodLock.fetchOne(db, key: review.period) == nil else { throw StoreRefusal.locked }
            var review = review
            try review.insert(db)
            try Self.append(AuditEntry(at: review.decidedAt, login: login, action: review.decision == .approved ? .approve : .return,
                                       period: review.period, department: review.department, detail: review.comment), in: db)
        }
    }

    /// Every decision on `period`, oldest first.
    public func reviews(period: String) throws -> [ReviewRecord] {
        try database.read { db in try Self.reviews(period: period, department: nil, in: db) }
    }

    /// The decisions on `period` (one department's, or all), oldest first, through cached statements.
    private static func reviews(period: String, department: String?, in db: Database) throws -> [ReviewRecord] {
        guard let department else {
            return try ReviewRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM review WHERE period = ? ORDER BY id"), arguments: [period])
        }
        return try ReviewRecord.fetchAll(db.cachedStatement(sql: "SELECT * FROM review WHERE period = ? AND department = ? ORDER BY id"),
                                         arguments: [period, department])
    }

    /// Locks `period` (idempotent), with its audit entry.
    public func lock(period: String, by account: Account, now: Date = Date()) throws {
        try database.write { db in
            guard try PeriodLock.fetchOne(db, key: period) == nil else { return }
            try PeriodLock(period: period, lockedAt: now, accountId: account.id ?? 0).insert(db)
            try Self.append(AuditEntry(at: now, login: account.login, action: .lock, period: period), in: db)
        }
    }

    /// The lock of `period`, or `nil` while it is open.
    public func lockOf(period: String) throws -> PeriodLock? {
        try database.read { db in try PeriodLock.fetchOne(db.cachedStatement(sql: "SELECT * FROM periodLock WHERE period = ?"), arguments: [period]) }
    }

    /// The inbox folder of `period`.
    public func inboxFolder(period: String) -> URL {
        inboxDirectory.appendingPathComponent(period)
    }

    /// Rebuilds the inbox mirror from the database: every current version written, nothing else left
    /// (after a crash between commit and mirror, or a copied data folder).
    public func rebuildInbox() throws {
        let periods = try database.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT period FROM submission ORDER BY period") }
        for period in periods {
            let folder = inboxFolder(period: period)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            AtomicFile.removeLeftovers(in: folder)
            let current = try currentSubmissions(period: period)
            let names = Set(current.map(\.fileName))
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !names.contains(name) {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
            for submission in current {
                let file = folder.appendingPathComponent(submission.fileName)
                if let existing = FileManager.default.contents(atPath: file.path), BlobStore.sha256(existing) == submission.sha256 { continue }
                guard let data = blobs.read(submission.sha256) else {
                    throw BaoCaoError(.output, .storedFileMissing(submission.sha256), at: SourceLocation(file: blobs.root.path))
                }
                try mirror(submission, data: data)
            }
        }
    }

    /// Writes an accepted version (its stored bytes, `data`) into the inbox mirror under its file name, atomically (readers see
    /// the old or the new file) but not durably: ``rebuildInbox()`` restores it after a crash.
    private func mirror(_ submission: SubmissionRecord, data: Data) throws {
        let folder = inboxFolder(period: submission.period)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(data, to: folder.appendingPathComponent(submission.fileName))
    }
}
