import BaoCaoCore
import Foundation

/// Builds the monthly report from the profile, the outline and one period's submissions.
///
/// Reads `profile.yaml` and `outline.yaml`, reads and checks every submission of the period (and the
/// previous period's, for unit changes), fills the narrative templates with the figures and returns
/// the ``Report`` with its statistics annex. Problems go to the returned log; only a broken
/// configuration throws.
public struct Assembler {
    /// The formats used to read submitted documents and Markdown narrative.
    public var registry: FormatRegistry
    /// Receives one line per step, for progress on long runs.
    public var progress: (String) -> Void

    /// Creates an assembler.
    public init(registry: FormatRegistry, progress: @escaping (String) -> Void = { _ in }) {
        self.registry = registry
        self.progress = progress
    }

    /// Assembles the report `request` describes.
    ///
    /// - Throws: ``BaoCaoError`` when the profile or outline cannot be read or the period has no folder.
    public func assemble(_ request: AssemblyRequest) throws -> Assembly {
        let log = DiagnosticLog()
        let profile = try Profile.load(URL(fileURLWithPath: request.configPath("profile.yaml")), file: request.configPath("profile.yaml"))
        let outline = try Outline.load(URL(fileURLWithPath: request.configPath("outline.yaml")), file: request.configPath("outline.yaml"))
        let catalogue = try Catalogue.load(request.configPath(Catalogue.fileName), profile: profile)
        let period = request.period ?? profile.defaultPeriod
        var request = request
        if let department = request.department {
            // "SNN" and "snn" name the same department.
            guard let known = profile.departments.first(where: { $0.id.lowercased() == department.lowercased() }) else {
                throw BaoCaoError(.usage, .unknownDepartmentOption(department, known: profile.departments.map(\.id)))
            }
            request.department = known.id
        }
        let inbox = Inbox(path: request.inboxPath)
        let settings = try PeriodSettings.load((inbox.folder(period) as NSString).appendingPathComponent(Inbox.settingsFileName), period: period)

        let (submissions, figures, failed) = try readAndCheck(
            inbox, period: period, profile: profile, catalogue: catalogue, expected: ExpectedSubmissions(profile: profile, outline: outline),
            department: request.department, ownFilesOnly: request.ownFilesOnly, log: log)

        progress("filling the outline")
        let defaults = period.cutoff(startDay: profile.cutoffStartDay)
        let cutoff = (settings.cutoffStart ?? defaults.start, settings.cutoffEnd ?? defaults.end)
        let unreadable = Set(submissions.flatMap { submission in submission.unreadableFigures.map { "\(submission.department).\($0)" } })
        let context = TemplateContext(
            period: period, cutoff: cutoff, figures: figures, unreadable: unreadable, failed: failed, outline: outline,
            departments: Set(profile.departments.map(\.id)), sent: Set(submissions.map(\.department)))
        var builder = SectionBuilder(
            renderer: NarrativeRenderer(context: context, registry: registry), profile: profile, period: period, outline: outline,
            submissions: submissions, only: request.department, isDraft: request.draft, log: log)
        let preamble = builder.blocks(for: outline.preamble, department: nil)
        var sections = outline.sections.compactMap { builder.section($0, inherited: nil) }
        if let closing = outline.closing, request.department == nil,
            let text = builder.renderer.fill(closing, at: SourceLocation(file: outline.file), log: log) {
            Self.appendToLastSection(&sections, block: .paragraph([.text(text)]))
        }

        let subject = builder.renderer.fill(outline.subject, at: SourceLocation(file: outline.file), log: log) ?? ""
        let distribution = profile.distributionLists[outline.distribution]
        let signature = profile.signers[outline.signer]
        if distribution == nil { log.error(.noDistributionList(outline.distribution), at: SourceLocation(file: outline.file)) }
        if signature == nil { log.error(.noSigner(outline.signer), at: SourceLocation(file: outline.file)) }
        let annexFigures = request.department.map { id in figures.filter { $0.department == id } } ?? figures
        // A draft is filed the way a draft is: number and day left blank for the clerk
        // ("Số:      /BC-VP", "ngày      tháng 5 năm 2023").
        let isDraft = request.draft || log.hasErrors
        let date = settings.date.map { isDraft ? DocumentDate(year: $0.year, month: $0.month) : $0 }
        let annexTitle = builder.renderer.fill(outline.annex.title, at: SourceLocation(file: outline.file), log: log) ?? outline.annex.title
        let statistics = StatisticsAnnex.make(figures: annexFigures, title: annexTitle, outline: outline, profile: profile, log: log)
        let report = FailedFigureMarks.highlighted(FootnoteNumbering.numbered(Report(
            header: DocumentHeader(
                parentBody: profile.parentBody, issuingBody: profile.issuingBody,
                number: DocumentNumber(sequence: isDraft ? nil : settings.number, symbol: profile.numberSymbol),
                place: profile.place, date: date),
            documentType: outline.documentType, subject: subject,
            isDraft: isDraft, preamble: preamble, sections: sections,
            footnotes: builder.footnotes,
            statistics: statistics,
            distribution: distribution ?? DistributionList(), signature: signature ?? Signature())))
        return Assembly(report: report, period: period, department: request.department, figures: annexFigures, log: log,
                        layout: profile.layout,
                        departmentNames: Dictionary(profile.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Reads the period's submissions and runs the checks; returns the accepted submissions and
    /// figures, and the figures an error is about (to be highlighted in the draft).
    ///
    /// A department's preview uses every figure, but reports only the problems of its own files.
    private func readAndCheck(
        _ inbox: Inbox, period: ReportingPeriod, profile: Profile, catalogue: Catalogue, expected: ExpectedSubmissions,
        department: String?, ownFilesOnly: Bool, log: DiagnosticLog
    ) throws -> ([Submission], [Figure], failed: Set<String>) {
        progress("reading the submissions in \(inbox.folder(period))")
        let checkLog = department == nil ? log : DiagnosticLog()
        let keep: (Submission) -> Bool = { submission in !ownFilesOnly || department == nil || submission.department == department }
        let read = try inbox.read(period, catalogue: catalogue, log: checkLog, registry: registry, expected: expected).filter(keep)
        progress("checking \(read.count) submissions")
        let previous = inbox.exists(period.previous)
            ? try inbox.read(period.previous, catalogue: catalogue, log: DiagnosticLog(), registry: registry, expected: expected)
                .filter(keep).flatMap(\.figures) : nil
        if previous == nil {
            checkLog.note(.previousPeriodMissing("\(period.previous)"), at: SourceLocation(file: inbox.folder(period.previous)))
        }
        var input = CheckInput(submissions: read, profile: profile, catalogue: catalogue, period: period, previousFigures: previous)
        input.check(log: checkLog)
        if let department {
            Self.copy(checkLog, into: log, files: Set(read.filter { $0.department == department }.map(\.file)), department: department)
        }
        return (input.submissions, input.figures, FailedFigureMarks.failed(input.figures, errors: checkLog.errors))
    }

    /// Copies the diagnostics about `department`'s own files (by declaration or by file name).
    private static func copy(_ source: DiagnosticLog, into log: DiagnosticLog, files: Set<String>, department: String) {
        for entry in source.entries {
            // A workbook's diagnostics name "file.xlsx!Sheet!E9": the file is before the first "!".
            guard let located = entry.location?.file, let file = located.split(separator: "!", maxSplits: 1).first.map(String.init) else { continue }
            let name = (file as NSString).lastPathComponent
            if files.contains(file) || name.hasPrefix(department + ".") || name.hasPrefix(department + "-") {
                log.report(entry)
            }
        }
    }

    private static func appendToLastSection(_ sections: inout [Section], block: Block) {
        guard !sections.isEmpty else { return }
        if sections[sections.count - 1].subsections.isEmpty {
            sections[sections.count - 1].blocks.append(block)
        } else {
            appendToLastSection(&sections[sections.count - 1].subsections, block: block)
        }
    }
}
