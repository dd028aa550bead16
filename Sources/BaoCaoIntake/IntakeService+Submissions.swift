import BaoCaoAssembly
import BaoCaoCore
import BaoCaoStore
import Foundation

/// What an accepted upload returns.
public struct UploadReceipt: Sendable {
    /// The stored version.
    public var submission: SubmissionRecord
    /// What the checks found (warnings only, since it was accepted).
    public var diagnostics: [Diagnostic]
}

extension IntakeService {
    /// The extensions an upload may have.
    public var acceptedExtensions: [String] { SubmissionValidator.extensions }

    /// Checks and stores a department's file for `period`; acknowledges only once its bytes and row are on the disk.
    ///
    /// A file with errors is stored too (every version stays retrievable) but is not part of the
    /// period: the call then throws 422 with the diagnostics. The office may send only the period's
    /// settings file (``uploadSettings(_:period:by:)``).
    ///
    /// - Throws: ``IntakeError`` 403 for the office with another file, 413 over the size limit,
    ///   409 when the period is locked or the version limit reached, 422 for a refused file.
    public func upload(_ data: Data, name originalName: String, period periodText: String, by account: Account) throws -> UploadReceipt {
        if account.isOffice {
            guard originalName.lowercased() == Inbox.settingsFileName else { throw IntakeError.forbidden }
            return UploadReceipt(submission: try uploadSettings(data, period: periodText, by: account), diagnostics: [])
        }
        let period = try self.period(periodText)
        guard let department = account.department else { throw IntakeError.forbidden }
        guard data.count <= settings.maxUploadBytes else {
            throw IntakeError(.contentTooLarge, IntakeMessages.tooLarge(limit: settings.maxUploadBytes))
        }
        guard let fileName = SubmissionRecord.storedName(originalName, department: department) else {
            throw IntakeError(.unprocessableContent, IntakeMessages.badFileName(originalName))
        }
        let fileExtension = (fileName as NSString).pathExtension
        guard SubmissionValidator.extensions.contains(fileExtension) else {
            throw IntakeError(.unprocessableContent, IntakeMessages.unsupportedType(originalName, accepted: acceptedExtensions))
        }
        guard try store.lockOf(period: period.description) == nil else { throw IntakeError(.conflict, IntakeMessages.periodLocked) }

        let displayName = "\(period)/\(fileName)"
        let diagnostics = SubmissionValidator(profile: profile, catalogue: catalogue, registry: registry)
            .check(data, name: fileName, displayName: displayName, period: period, department: department)
        let accepted = !diagnostics.contains { $0.severity == .error }
        let receivedAt = now
        let record = SubmissionRecord(
            period: period.description, department: department, fileName: fileName, originalName: originalName.nfc,
            receivedAt: receivedAt, late: receivedAt >= calendar.deadline(period), accepted: accepted,
            diagnostics: diagnostics, accountId: account.id ?? 0)
        let saved = try save(record, data: data, by: account)
        guard accepted else { throw IntakeError(.unprocessableContent, IntakeMessages.fileRejected, diagnostics: diagnostics) }
        return UploadReceipt(submission: saved, diagnostics: diagnostics)
    }

    /// The versions of `period` the account may see: its department's, or every one for the office.
    public func submissions(period periodText: String, for account: Account) throws -> [SubmissionRecord] {
        let period = try self.period(periodText)
        if account.isOffice { return try store.submissions(period: period.description, department: nil) }
        guard let department = account.department else { throw IntakeError.forbidden }
        return try store.submissions(period: period.description, department: department)
    }

    /// A stored version and its bytes, when the account may read it.
    ///
    /// - Throws: ``IntakeError`` 404 for an unknown id, 403 for another department's version.
    public func file(id: Int64, for account: Account) throws -> (SubmissionRecord, Data) {
        guard let submission = try store.submission(id: id) else { throw IntakeError.notFound }
        try requireAccess(account, to: submission.department)
        guard let data = store.blobs.read(submission.sha256) else { throw IntakeError.notFound }
        return (submission, data)
    }
}

extension IntakeService {
    /// Checks and stores the office's settings file of `period` (number, date, cut-off: `ky-bao-cao.yaml`),
    /// mirrored into the period's inbox folder as `baocao assemble` reads it (office only).
    ///
    /// - Throws: ``IntakeError`` 403 for a department, 409 when the period is locked, 422 when the file is malformed.
    @discardableResult
    public func uploadSettings(_ data: Data, period periodText: String, by account: Account) throws -> SubmissionRecord {
        try requireOffice(account)
        let period = try self.period(periodText)
        guard data.count <= settings.maxUploadBytes else {
            throw IntakeError(.contentTooLarge, IntakeMessages.tooLarge(limit: settings.maxUploadBytes))
        }
        let displayName = "\(period)/\(Inbox.settingsFileName)"
        var diagnostics: [Diagnostic] = []
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-settings-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try data.write(to: scratch)
            _ = try PeriodSettings.load(scratch.path, period: period)
        } catch let error as BaoCaoError {
            let location = error.location.map { SourceLocation(file: displayName, line: $0.line, column: $0.column) } ?? SourceLocation(file: displayName)
            diagnostics.append(Diagnostic(.error, error.message, at: location))
        }
        let record = SubmissionRecord(
            period: period.description, department: SubmissionRecord.officeDepartment, fileName: Inbox.settingsFileName,
            originalName: Inbox.settingsFileName, receivedAt: now, late: false, accepted: diagnostics.isEmpty,
            diagnostics: diagnostics, accountId: account.id ?? 0)
        let saved = try save(record, data: data, by: account)
        guard saved.accepted else { throw IntakeError(.unprocessableContent, IntakeMessages.fileRejected, diagnostics: diagnostics) }
        return saved
    }

    /// Records a checked version in the store, turning its refusals into ``IntakeError`` 409.
    private func save(_ record: SubmissionRecord, data: Data, by account: Account) throws -> SubmissionRecord {
        do {
            return try store.record(record, data: data, by: account.login, maxVersions: settings.maxVersionsPerPeriod)
        } catch StoreRefusal.locked {
            throw IntakeError(.conflict, IntakeMessages.periodLocked)
        } catch StoreRefusal.tooManyVersions(let limit) {
            throw IntakeError(.conflict, IntakeMessages.tooManyVersions(limit: limit))
        }
    }
}
