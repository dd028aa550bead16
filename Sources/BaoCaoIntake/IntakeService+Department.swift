import BaoCaoAssembly
import BaoCaoCore
import BaoCaoStore
import Foundation
import MarkdownImporter

/// A department's own sections of the report as assembly renders them from what it has sent, for its page.
public struct SectionPreview: Sendable {
    /// The sections as HTML (cmark-gfm, safe: no raw HTML), to embed in the page.
    public var html: String
    /// What the checks found in the department's own files (nothing about other departments).
    public var diagnostics: [Diagnostic]
}

extension IntakeService {
    /// `department`'s XLSX form for `period`, the bytes `baocao form --department … --inbox DATA/inbox`
    /// writes (last month's values from the inbox mirror); a department gets only its own.
    ///
    /// - Throws: ``IntakeError`` 403 for another department's, 404 for an unknown department or one
    ///   without figures in the catalogue.
    public func form(period periodText: String, department: String, for account: Account) throws -> DownloadedFile {
        try requireAccess(account, to: department)
        let period = try self.period(periodText)
        guard let known = profile.department(department) else { throw IntakeError(.notFound, IntakeMessages.unknownDepartment(department)) }
        guard !catalogue.entries(known.id).isEmpty else { throw IntakeError(.notFound, IntakeMessages.noForm(known.name)) }
        let form = try FormMaker(configDirectory: settings.configDirectory, inbox: store.inboxDirectory.path, registry: registry)
            .form(department: known.id, period: period)
        let name = FormMaker.fileName(department: form.department, period: period)
        return DownloadedFile(name: name, contentType: MediaTypes.forFile(name), data: form.data)
    }

    /// `department`'s sections of `period` in `format` from its own accepted files, the bytes
    /// `baocao section --department … --to <format>` writes from an inbox holding only them; a
    /// department gets only its own.
    ///
    /// - Throws: ``IntakeError`` 403 for another department's, 404 for an unknown department, 400 for an unknown format.
    public func section(period periodText: String, department: String, format: String, for account: Account) throws -> DownloadedFile {
        guard (try? registry.exporter(named: format, forPath: "")) != nil else { throw IntakeError(.badRequest, IntakeMessages.unknownFormat(format)) }
        let assembly = try assembleSection(period: periodText, department: department, for: account)
        let files = try ReportWriter(registry: registry).files(
            assembly.report, formats: [format], baseName: "\(assembly.department ?? department)-\(assembly.period)",
            options: ExportOptions(layout: assembly.layout), log: DiagnosticLog())
        guard let file = files.first else { throw IntakeError(.badRequest, IntakeMessages.unknownFormat(format)) }
        return DownloadedFile(name: file.name, contentType: MediaTypes.forFile(file.name), data: file.data)
    }

    /// `department`'s sections of `period` as HTML for its page, with what the checks found in its files.
    public func sectionPreview(period periodText: String, department: String, for account: Account) throws -> SectionPreview {
        let assembly = try assembleSection(period: periodText, department: department, for: account)
        let markdown = try registry.exporter(.markdown).export(assembly.report, options: ExportOptions(layout: assembly.layout), log: DiagnosticLog())
        // Only what concerns its own files (whose stored names start with its id): nothing of other departments.
        let own = assembly.log.entries.filter { entry in
            let name = ((entry.location?.file ?? "") as NSString).lastPathComponent.lowercased()
            return name.hasPrefix(department.lowercased() + "-") || name.hasPrefix(department.lowercased() + ".")
        }
        return SectionPreview(html: MarkdownHTML.body(of: String(decoding: markdown, as: UTF8.self)), diagnostics: own)
    }

    /// The draft preview of `department`'s sections from its own accepted files in the inbox mirror,
    /// as `baocao section` assembles it from an inbox holding only them.
    private func assembleSection(period periodText: String, department: String, for account: Account) throws -> Assembly {
        try requireAccess(account, to: department)
        let period = try self.period(periodText)
        guard let known = profile.department(department) else { throw IntakeError(.notFound, IntakeMessages.unknownDepartment(department)) }
        // Before anything is accepted the period has no inbox folder; an empty one previews "chưa gửi báo cáo".
        try FileManager.default.createDirectory(atPath: Inbox(path: store.inboxDirectory.path).folder(period), withIntermediateDirectories: true)
        var request = AssemblyRequest(configDirectory: settings.configDirectory, inbox: store.inboxDirectory.path, period: period,
                                      department: known.id, draft: true)
        request.ownFilesOnly = true
        return try Assembler(registry: registry).assemble(request)
    }
}
