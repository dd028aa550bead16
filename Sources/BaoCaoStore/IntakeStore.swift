import BaoCaoCore
import Foundation
import GRDB

/// The intake's data folder: the SQLite database (WAL mode, through GRDB) and the stored files.
///
/// `DATA/baocao.sqlite` holds accounts, tokens, submissions, reviews, locks, failed sign-ins and the audit log;
/// `DATA/files/` the uploaded bytes by SHA-256; `DATA/inbox/<period>/` the accepted files as
/// `baocao assemble --inbox` reads them (a mirror, rebuilt from the database on start).
public final class IntakeStore: Sendable {
    /// The database file's name inside the data folder.
    public static let databaseFileName = "baocao.sqlite"

    /// The data folder.
    public let directory: URL
    /// The database.
    public let database: DatabasePool
    /// The uploaded bytes.
    public let blobs: BlobStore
    /// The uploads' rows, committed together when they arrive together.
    let uploadCommits: GroupCommit

    /// Opens (creating when missing) the data folder at `directory` and brings the schema up to date.
    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // An acknowledged upload's row must survive a crash: flush every commit.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(10)
        database = try DatabasePool(path: directory.appendingPathComponent(Self.databaseFileName).path, configuration: configuration)
        blobs = try BlobStore(root: directory.appendingPathComponent("files"))
        uploadCommits = GroupCommit(database: database)
        try Self.migrator.migrate(database)
    }

    /// The folder `baocao assemble --inbox` reads: one folder per period.
    public var inboxDirectory: URL { directory.appendingPathComponent("inbox") }

    /// Copies the data folder into the new folder `destination`, safely while the service runs: the
    /// database through SQLite's backup API (one consistent state), then the stored files (which
    /// never change once written). The inbox mirror is rebuilt from the copy when it is served.
    public func backup(into destination: URL) throws {
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        let target = try DatabaseQueue(path: destination.appendingPathComponent(Self.databaseFileName).path)
        try database.backup(to: target)
        try target.close()
        try FileManager.default.copyItem(at: blobs.root, to: destination.appendingPathComponent("files"))
    }

    /// The schema, one migration per change.
    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("login", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("role", .text).notNull()
                t.column("department", .text)
                t.column("passwordHash", .text).notNull()
                t.column("disabled", .boolean).notNull().defaults(to: false)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "accessToken") { t in
                t.primaryKey("tokenHash", .text)
                t.column("accountId", .integer).notNull().indexed().references("account")
                t.column("kind", .text).notNull()
                t.column("csrf", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
                t.column("revoked", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "submission") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("period", .text).notNull()
                t.column("department", .text).notNull()
                t.column("fileName", .text).notNull()
                t.column("originalName", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("receivedAt", .datetime).notNull()
                t.column("late", .boolean).notNull()
                t.column("accepted", .boolean).notNull()
                t.column("diagnosticsJSON", .text).notNull()
                t.column("accountId", .integer).notNull().references("account")
            }
            try db.create(index: "submission_period_department", on: "submission", columns: ["period", "department"])
            try db.create(table: "review") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("period", .text).notNull()
                t.column("department", .text).notNull()
                t.column("decision", .text).notNull()
                t.column("comment", .text).notNull()
                t.column("decidedAt", .datetime).notNull()
                t.column("accountId", .integer).notNull().references("account")
            }
            try db.create(table: "periodLock") { t in
                t.primaryKey("period", .text)
                t.column("lockedAt", .datetime).notNull()
                t.column("accountId", .integer).notNull().references("account")
            }
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("login", .text).notNull()
                t.column("action", .text).notNull()
                t.column("period", .text)
                t.column("department", .text)
                t.column("detail", .text).notNull()
                t.column("sha256", .text)
            }
            // The audit log is append-only.
            try db.execute(sql: """
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        migrator.registerMigration("v2: forced password change") { db in
            // Accounts of before this change have been in use: only new and reset ones must change.
            try db.alter(table: "account") { t in
                t.add(column: "mustChangePassword", .boolean).notNull().defaults(to: false)
            }
        }
        migrator.registerMigration("v3: sign-in failures") { db in
            try db.create(table: "signInFailure") { t in
                t.primaryKey("key", .text)
                t.column("count", .integer).notNull()
                t.column("last", .datetime).notNull().indexed()
            }
        }
        return migrator
    }
}
