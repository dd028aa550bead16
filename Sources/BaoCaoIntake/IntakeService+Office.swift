import BaoCaoAssembly
import BaoCaoCore
import BaoCaoStore
import BaoCaoZip
import CSVExporter
import Foundation

/// A file the service hands out: its name, media type and bytes.
public struct DownloadedFile: Sendable {
    /// The file name to save it under.
    public var name: String
    /// The media type.
    public var contentType: String
    /// The bytes.
    public var data: Data
}

extension IntakeService {
    /// The board of `period` (office only).
    public func board(period periodText: String, for account: Account) throws -> PeriodBoard {
        try requireOffice(account)
        return try board(try period(periodText), department: nil)
    }

    /// The board of `period` from the store: every department's, or only `department`'s versions and reviews.
    func board(_ period: ReportingPeriod, department: String?) throws -> PeriodBoard {
        let state = try store.boardState(period: period.description, department: department)
        return PeriodBoard.make(
            period: period.description, profile: profile, deadline: calendar.deadline(period),
            locked: state.locked, submissions: state.submissions, reviews: state.reviews)
    }

    /// A department's own line of the board of `period`, with the deadline and the lock.
    public func departmentStatus(period periodText: String, for account: Account) throws -> (period: String, deadline: Date, locked: Bool, status: DepartmentStatus) {
        guard let department = account.department else { throw IntakeError.forbidden }
        let own = try board(try period(periodText), department: department)
        guard let line = own.departments.first(where: { $0.department == department }) else { throw IntakeError.forbidden }
        return (own.period, own.deadline, own.locked, line)
    }

    /// Approves or returns a department's submissions for `period` (office only); a return needs a comment.
    public func review(period periodText: String, department: String, decision: ReviewRecord.Decision, comment: String,
                       by account: Account) throws {
        try requireOffice(account)
        let period = try self.period(periodText)
        guard profile.department(department) != nil else { throw IntakeError(.notFound, IntakeMessages.unknownDepartment(department)) }
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines).nfc
        guard decision == .approved || !comment.isEmpty else { throw IntakeError(.unprocessableContent, IntakeMessages.returnNeedsComment) }
        guard try store.currentSubmissions(period: period.description).contains(where: { $0.department == department }) else {
            throw IntakeError(.conflict, IntakeMessages.reviewNeedsSubmission)
        }
        do {
            try store.review(ReviewRecord(period: period.description, department: department, decision: decision, comment: comment,
                                          decidedAt: now, accountId: account.id ?? 0), by: account.login)
        } catch StoreRefusal.locked {
            throw IntakeError(.conflict, IntakeMessages.periodLocked)
        }
    }

    /// The latest decision on `department`'s submissions for `period`, for the department's own page.
    public func latestReview(period periodText: String, department: String, for account: Account) throws -> ReviewRecord? {
        try requireAccess(account, to: department)
        return try store.reviews(period: try period(periodText).description).last { $0.department == department }
    }

    /// Locks `period` (office only): no more uploads, replacements or reviews.
    public func lock(period periodText: String, by account: Account) throws {
        try requireOffice(account)
        try store.lock(period: try period(periodText).description, by: account, now: now)
    }

    /// Assembles `period` from the inbox mirror (office only): the bytes `baocao assemble --inbox
    /// DATA/inbox --to …` writes; one format gives that file, several a zip of them.
    ///
    /// - Throws: ``IntakeError`` 409 with the diagnostics when the period has errors and `draft` is false.
    public func assemble(period periodText: String, formats: [String], draft: Bool, by account: Account) throws -> DownloadedFile {
        try requireOffice(account)
        let period = try self.period(periodText)
        guard !formats.isEmpty else { throw IntakeError(.badRequest, IntakeMessages.unknownFormat("")) }
        for format in formats where (try? registry.exporter(named: format, forPath: "")) == nil {
            throw IntakeError(.badRequest, IntakeMessages.unknownFormat(format))
        }
        let request = AssemblyRequest(configDirectory: settings.configDirectory, inbox: store.inboxDirectory.path, period: period, draft: draft)
        let assembly = try Assembler(registry: registry).assemble(request)
        if assembly.log.hasErrors && !draft {
            throw IntakeError(.conflict, IntakeMessages.periodHasErrors, diagnostics: assembly.log.entries)
        }
        let baseName = "bao-cao-\(period)"
        let files = try ReportWriter(registry: registry).files(
            assembly.report, formats: formats, baseName: baseName, options: ExportOptions(layout: assembly.layout), log: DiagnosticLog())
        try store.audit(AuditEntry(at: now, login: account.login, action: .assemble, period: period.description,
                                   detail: formats.joined(separator: ",") + (draft ? " (draft)" : "")))
        if files.count == 1, let file = files.first {
            return DownloadedFile(name: file.name, contentType: MediaTypes.forFile(file.name), data: file.data)
        }
        let zip = try DeterministicZipWriter()
        for file in files { try zip.addEntry(file.name, data: file.data) }
        return DownloadedFile(name: "\(baseName).zip", contentType: "application/zip", data: try zip.finish())
    }

    /// The audit log (office only), oldest first.
    public func auditLog(period: String?, for account: Account) throws -> [AuditEntry] {
        try requireOffice(account)
        return try store.auditLog(period: period)
    }

    /// The audit log as CSV (office only): time (UTC, ISO 8601), sign-in name, action, period,
    /// department, detail, SHA-256.
    public func auditCSV(period: String?, for account: Account) throws -> DownloadedFile {
        let entries = try auditLog(period: period, for: account)
        let stream = MemoryOutputStream()
        let writer = try CSVRunWriter(stream: stream, delimiter: ",")
        try writer.write(row: ["Thời điểm (UTC)", "Tài khoản", "Việc", "Kỳ", "Đơn vị", "Chi tiết", "SHA-256"])
        let format = ISO8601DateFormatter()
        for entry in entries {
            try writer.write(row: [format.string(from: entry.at), entry.login, entry.action.rawValue, entry.period ?? "",
                                   entry.department ?? "", entry.detail, entry.sha256 ?? ""])
        }
        stream.close()
        return DownloadedFile(name: "nhat-ky\(period.map { "-" + $0 } ?? "").csv", contentType: "text/csv; charset=utf-8", data: Data(stream.bytes))
    }
}

extension IntakeService {
    /// The office's settings of `period` as its form shows them (office only): number, date, cut-off.
    public func periodSettings(period periodText: String, for account: Account) throws -> [String: String] {
        try requireOffice(account)
        let period = try self.period(periodText)
        let settings = calendar.settings(period)
        return [
            "number": settings.number.map(String.init) ?? "", "date": settings.date?.isoText ?? "",
            "cutoffEnd": calendar.cutoffEnd(period).isoText,
        ]
    }
}
