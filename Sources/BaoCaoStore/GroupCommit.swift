import Foundation
import GRDB

/// Commits the writes of concurrent callers together: one transaction, and so one flush of the
/// write-ahead log, for every write that waited while the previous one was committing.
///
/// With `synchronous = FULL` each commit waits for the disk, and SQLite has one writer: thirty
/// departments uploading at the same moment used to wait for thirty flushes one after the other.
/// Here the first caller to find the writer free takes every waiting write into one transaction,
/// each in its own savepoint (a write that throws is undone alone and its caller gets the error),
/// commits, and hands each caller its result; a caller returns only after the commit that holds
/// its write, so durability is the same as a transaction of its own.
final class GroupCommit: @unchecked Sendable {
    /// One caller's write and, once committed (or refused), its result.
    private final class Job: @unchecked Sendable {
        let work: (Database) throws -> Void
        var result: Result<Void, any Error>?
        init(_ work: @escaping (Database) throws -> Void) { self.work = work }
    }

    private let database: DatabasePool
    private let condition = NSCondition()
    private var waiting: [Job] = []
    private var committing = false

    /// Group commits into `database`.
    init(database: DatabasePool) {
        self.database = database
    }

    /// Runs `work` in a write transaction shared with the writes waiting beside it, and returns
    /// its value once that transaction is committed.
    func write<T>(_ work: @escaping (Database) throws -> T) throws -> T {
        var value: T?
        let job = Job { db in value = try work(db) }
        condition.lock()
        waiting.append(job)
        while job.result == nil {
            if committing {
                condition.wait()
                continue
            }
            committing = true
            let batch = waiting
            waiting = []
            condition.unlock()
            let results = commit(batch)
            condition.lock()
            for (job, result) in zip(batch, results) { job.result = result }
            committing = false
            condition.broadcast()
        }
        condition.unlock()
        try job.result?.get()
        return value!
    }

    /// Runs `batch` in one transaction, each job in a savepoint; a failed commit fails them all.
    private func commit(_ batch: [Job]) -> [Result<Void, any Error>] {
        var results: [Result<Void, any Error>] = []
        do {
            try database.write { db in
                results = batch.map { job in
                    Result {
                        try db.inSavepoint {
                            try job.work(db)
                            return .commit
                        }
                    }
                }
            }
            return results
        } catch {
            return batch.map { _ in .failure(error) }
        }
    }
}
