import BaoCaoCore
import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import GRDB
import Testing

@Suite("Intake store")
struct StoreTests {
    private func store() throws -> IntakeStore {
        try IntakeStore(directory: try TestPaths.scratchDirectory().appendingPathComponent("Data"))
    }

    private func version(_ name: String, department: String = "snn", accepted: Bool = true, account: Int64) -> SubmissionRecord {
        SubmissionRecord(period: "2023-05", department: department, fileName: name, originalName: name, receivedAt: Date(timeIntervalSince1970: 0),
                         late: false, accepted: accepted, diagnostics: [], accountId: account)
    }

    @Test func accountsGetUniqueLoginsAndOnlyTheirPasswordSignsIn() throws {
        let store = try store()
        let first = try store.addAccount(name: "Sở Nông nghiệp", role: .department, department: "snn", cost: 4)
        let second = try store.addAccount(name: "Sở Nông nghiệp (2)", role: .department, department: "snn", cost: 4)
        #expect(first.login == "snn")
        #expect(second.login == "snn-2")
        #expect(first.password.count == 16)
        #expect(try store.verify(login: "snn", password: first.password)?.department == "snn")
        #expect(try store.verify(login: "snn", password: second.password) == nil)
        #expect(throws: (any Error).self) { try store.addAccount(name: "x", role: .office, department: nil, login: "snn", cost: 4) }
        #expect(throws: (any Error).self) { try store.addAccount(name: "x", role: .office, department: nil, login: "../x", cost: 4) }
        // The database holds only the hash.
        #expect(try store.accounts().allSatisfy { $0.passwordHash.hasPrefix("$2") })
    }

    @Test func tokensExpireAndAreRevokedByResetDisableAndRevoke() throws {
        let store = try store()
        let issued = try store.addAccount(name: "Văn phòng", role: .office, department: nil, cost: 4)
        let account = try #require(try store.account(login: issued.login))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let (token, _) = try store.issueToken(for: account, kind: .api, lifetime: 60, now: now)
        #expect(try store.resolve(token: token, kind: .api, now: now)?.0.login == "vanphong")
        #expect(try store.resolve(token: token, kind: .session, now: now) == nil)
        #expect(try store.resolve(token: token, kind: .api, now: now.addingTimeInterval(61)) == nil)
        #expect(try store.revokeTokens(login: "vanphong") == 1)
        #expect(try store.resolve(token: token, kind: .api, now: now) == nil)

        let (second, _) = try store.issueToken(for: account, kind: .session, lifetime: 60, now: now)
        try store.disableAccount(login: "vanphong")
        #expect(try store.resolve(token: second, kind: .session, now: now) == nil)
        #expect(try store.verify(login: "vanphong", password: issued.password) == nil)
        let reset = try store.resetPassword(login: "vanphong", cost: 4)
        #expect(try store.verify(login: "vanphong", password: reset.password) != nil)
    }

    @Test func theAuditLogIsAppendOnly() throws {
        let store = try store()
        try store.audit(AuditEntry(at: Date(), login: "cli", action: .lock, period: "2023-05"))
        #expect(throws: (any Error).self) { try store.database.write { try $0.execute(sql: "UPDATE audit SET login = 'x'") } }
        #expect(throws: (any Error).self) { try store.database.write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(try store.auditLog().count == 1)
    }

    @Test func theSameBytesAreStoredOnceUnderTheirSHA256() throws {
        let store = try store()
        let data = Data("department: snn\n".utf8)
        let digest = try store.blobs.store(data)
        #expect(try store.blobs.store(data) == digest)
        #expect(store.blobs.read(digest) == data)
        #expect(store.blobs.url(digest).path.hasSuffix("files/\(digest.prefix(2))/\(digest)"))
        #expect(store.blobs.read("../../etc/passwd") == nil)
    }

    @Test func fileNamesAreTheHexadecimalSHA256OfTheirBytes() {
        #expect(BlobStore.sha256(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(BlobStore.sha256(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func theBoardReadsEveryFieldBackAsRecordedWithTheLockAndTheDecisions() throws {
        let store = try store()
        let snn = try store.account(login: try store.addAccount(name: "x", role: .department, department: "snn", cost: 4).login)!
        let sct = try store.account(login: try store.addAccount(name: "y", role: .department, department: "sct", cost: 4).login)!
        var late = version("snn-bieu.xlsx", account: snn.id!)
        late.late = true
        late.receivedAt = Date(timeIntervalSince1970: 1_685_000_000.25)
        late.originalName = "Sở NN – biểu.xlsx"
        late.diagnosticsJSON = SubmissionRecord.json([Diagnostic(.warning, Message(vi: "đơn vị khác", en: "other unit"), at: SourceLocation(file: "snn-bieu.xlsx", line: 9))])
        let first = try store.record(late, data: Data("b".utf8), by: "snn", maxVersions: 10)
        let second = try store.record(version("sct.yaml", department: "sct", account: sct.id!), data: Data("c".utf8), by: "sct", maxVersions: 10)
        try store.review(ReviewRecord(period: "2023-05", department: "sct", decision: .returned, comment: "Thiếu số liệu", decidedAt: Date(timeIntervalSince1970: 5), accountId: sct.id!), by: "vp")

        let all = try store.boardState(period: "2023-05", department: nil)
        #expect(all.submissions == [first, second])
        #expect(all.submissions[0].diagnostics.map(\.message.vi) == ["đơn vị khác"])
        #expect(all.reviews.map(\.comment) == ["Thiếu số liệu"] && !all.locked)
        let own = try store.boardState(period: "2023-05", department: "snn")
        #expect(own.submissions == [first] && own.reviews.isEmpty)
        try store.lock(period: "2023-05", by: snn)
        #expect(try store.boardState(period: "2023-05", department: "snn").locked)
        #expect(try store.boardState(period: "2023-06", department: nil).submissions.isEmpty)
    }

    @Test func theInboxMirrorIsRebuiltFromTheDatabase() throws {
        let store = try store()
        let account = try store.account(login: try store.addAccount(name: "x", role: .department, department: "snn", cost: 4).login)!
        _ = try store.record(version("snn.yaml", account: account.id!), data: Data("v1".utf8), by: "snn", maxVersions: 10)
        _ = try store.record(version("snn.yaml", account: account.id!), data: Data("v2".utf8), by: "snn", maxVersions: 10)
        _ = try store.record(version("snn-loi.yaml", accepted: false, account: account.id!), data: Data("bad".utf8), by: "snn", maxVersions: 10)
        let folder = store.inboxFolder(period: "2023-05")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["snn.yaml"])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("snn.yaml").path) == Data("v2".utf8))
        #expect(try store.submissions(period: "2023-05", department: "snn").count == 3)
        #expect(try store.auditLog().map(\.action).suffix(3) == [.upload, .replace, .reject])

        // What a crash can leave: a mirrored file without its row, a half-written temporary file, a lost copy.
        try Data("unacknowledged".utf8).write(to: folder.appendingPathComponent("snn-other.yaml"))
        try Data("half".utf8).write(to: folder.appendingPathComponent(".snn.yaml.1234.tmp"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("snn.yaml"))
        try store.rebuildInbox()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["snn.yaml"])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("snn.yaml").path) == Data("v2".utf8))
    }

    @Test func aLockedPeriodAndTheVersionLimitRefuseUploads() throws {
        let store = try store()
        let account = try store.account(login: try store.addAccount(name: "x", role: .department, department: "snn", cost: 4).login)!
        _ = try store.record(version("snn.yaml", account: account.id!), data: Data("v1".utf8), by: "snn", maxVersions: 1)
        #expect(throws: StoreRefusal.tooManyVersions(limit: 1)) {
            try store.record(version("snn.yaml", account: account.id!), data: Data("v2".utf8), by: "snn", maxVersions: 1)
        }
        try store.lock(period: "2023-05", by: account)
        #expect(throws: StoreRefusal.locked) {
            try store.record(version("snn.yaml", account: account.id!), data: Data("v3".utf8), by: "snn", maxVersions: 10)
        }
    }

    @Test func uploadsArrivingTogetherAreEachCommittedAndARefusalStaysItsOwn() async throws {
        let store = try store()
        var accounts: [Int64] = []
        for number in 1...12 {
            let login = try store.addAccount(name: "Sở \(number)", role: .department, department: "d\(number)", cost: 4).login
            accounts.append(try #require(try store.account(login: login)?.id))
        }
        // d1 already holds its one allowed version: its next upload is refused, the others are not.
        _ = try store.record(version("d1.yaml", department: "d1", account: accounts[0]), data: Data("v0".utf8), by: "d1", maxVersions: 1)
        let outcomes = await withTaskGroup(of: (Int, Result<SubmissionRecord, any Error>).self) { group in
            for (index, account) in accounts.enumerated() {
                group.addTask {
                    await Task.detached {
                        let number = index + 1
                        return (number, Result {
                            try store.record(version("d\(number).yaml", department: "d\(number)", account: account),
                                             data: Data("d\(number)".utf8), by: "d\(number)", maxVersions: 1)
                        })
                    }.value
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(throws: StoreRefusal.tooManyVersions(limit: 1)) { try outcomes[1]!.get() }
        let saved = try (2...12).map { try outcomes[$0]!.get() }
        #expect(Set(saved.compactMap(\.id)).count == 11)
        let rows = try store.submissions(period: "2023-05", department: nil)
        #expect(rows.count == 12)
        for record in saved {
            #expect(rows.first { $0.id == record.id }?.sha256 == record.sha256)
            #expect(store.blobs.read(record.sha256) == Data(record.department.utf8))
        }
        #expect(try store.auditLog().filter { $0.action == .upload }.count == 12)
    }

    @Test func storedNamesAreSafeAndStartWithTheDepartment() {
        #expect(SubmissionRecord.storedName("snn.yaml", department: "snn") == "snn.yaml")
        #expect(SubmissionRecord.storedName("Báo cáo tháng 5.xlsx", department: "snn") == "snn-bao-cao-thang-5.xlsx")
        #expect(SubmissionRecord.storedName("../../etc/passwd", department: "sct") == "sct-passwd")
        #expect(SubmissionRecord.storedName("C:\\Users\\Đức\\.hidden.csv", department: "syt") == "syt-hidden.csv")
        #expect(SubmissionRecord.storedName("ky-bao-cao.yaml", department: "snn") == "snn-ky-bao-cao.yaml")
        #expect(SubmissionRecord.storedName("...", department: "snn") == nil)
    }

    @Test func aBackupIsAServableCopy() throws {
        let store = try store()
        let issued = try store.addAccount(name: "x", role: .department, department: "snn", cost: 4)
        let account = try store.account(login: issued.login)!
        _ = try store.record(version("snn.yaml", account: account.id!), data: Data("v1".utf8), by: "snn", maxVersions: 10)
        let target = try TestPaths.scratchDirectory().appendingPathComponent("copy")
        try store.backup(into: target)
        let copy = try IntakeStore(directory: target)
        try copy.rebuildInbox()
        #expect(try copy.verify(login: "snn", password: issued.password) != nil)
        #expect(FileManager.default.contents(atPath: copy.inboxFolder(period: "2023-05").appendingPathComponent("snn.yaml").path) == Data("v1".utf8))
    }
}
