import BaoCaoAssembly
import BaoCaoCore
import BaoCaoStore
import Foundation

extension IntakeService {
    /// The reminder letter (công văn đôn đốc) of `period` as DOCX (office only), to the departments
    /// that have not sent, whose latest file has errors, or whose report was returned; audited.
    ///
    /// - Throws: ``IntakeError`` 403 for a department, 409 when every department has sent.
    public func reminder(period periodText: String, by account: Account) throws -> DownloadedFile {
        try requireOffice(account)
        return try makeReminder(period: periodText, login: account.login)
    }

    /// The same letter for the command line (`baocao-server remind`), audited as "cli".
    public func reminderFromCommandLine(period periodText: String) throws -> DownloadedFile {
        try makeReminder(period: periodText, login: "cli")
    }

    /// The departments of `period` a reminder letter goes to, in the profile's order.
    public func departmentsToRemind(period periodText: String) throws -> [DepartmentStatus] {
        try board(try period(periodText), department: nil).departments.filter { ReminderLetter.remindedStates.contains($0.state) }
    }

    private func makeReminder(period periodText: String, login: String) throws -> DownloadedFile {
        let period = try self.period(periodText)
        let late = try departmentsToRemind(period: periodText)
        guard !late.isEmpty else { throw IntakeError(.conflict, IntakeMessages.nobodyToRemind) }
        let outlinePath = (settings.configDirectory as NSString).appendingPathComponent("outline.yaml")
        let outline = try Outline.load(URL(fileURLWithPath: outlinePath), file: outlinePath)
        let letter = ReminderLetter(profile: profile, signature: profile.signers[outline.signer] ?? Signature(), period: period,
                                    cutoff: calendar.cutoff(period), late: late, now: now)
        let data = try registry.exporter(.docx).export(letter.report(), options: ExportOptions(layout: profile.layout), log: DiagnosticLog())
        try store.audit(AuditEntry(at: now, login: login, action: .reminder, period: period.description,
                                   detail: late.map(\.department).joined(separator: ",")))
        let name = "cong-van-don-doc-\(period).docx"
        return DownloadedFile(name: name, contentType: MediaTypes.forFile(name), data: data)
    }
}
