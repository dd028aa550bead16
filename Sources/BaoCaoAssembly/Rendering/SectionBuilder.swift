import BaoCaoCore
import Foundation

/// Walks the outline and builds the report's sections from templates and department narrative,
/// putting "… chưa gửi báo cáo." where a department has sent nothing.
struct SectionBuilder {
    /// Fills templates and converts narrative to blocks.
    let renderer: NarrativeRenderer
    let profile: Profile
    let period: ReportingPeriod
    /// The accepted submissions of the period by department, in file order.
    private let submissionsByDepartment: [String: [Submission]]
    /// When set, only the parts this department feeds are built.
    let only: String?
    let log: DiagnosticLog
    /// The footnotes collected so far, in order.
    private(set) var footnotes: [Footnote] = []
    /// The departments that have not sent whose "… chưa gửi báo cáo." the report already has.
    private var reportedMissing: Set<String> = []
    /// The departments that have not sent already reported in a warning.
    private var warnedMissing: Set<String> = []
    private var pieces = 0

    /// The departments some part of the outline belongs to as a whole (``owners(of:default:)``):
    /// their "… chưa gửi báo cáo." stands there, not in another department's sentence.
    private let owning: Set<String>

    /// True for a `--draft`, which notes each sentence it leaves out for a figure that could not be read.
    let isDraft: Bool

    init(renderer: NarrativeRenderer, profile: Profile, period: ReportingPeriod, outline: Outline, submissions: [Submission], only: String?,
         isDraft: Bool = false, log: DiagnosticLog) {
        self.renderer = renderer
        self.isDraft = isDraft
        owning = Self.owning(outline.preamble, department: nil).union(outline.sections.flatMap { Self.owning($0, inherited: nil) })
        self.profile = profile
        self.period = period
        submissionsByDepartment = Dictionary(grouping: submissions, by: \.department)
        self.only = only
        self.log = log
    }

    /// The section for `outline`, or `nil` when a department preview leaves nothing in it.
    mutating func section(_ outline: Outline.SectionOutline, inherited: String?) -> Section? {
        let department = outline.department ?? inherited
        let blocks = self.blocks(for: outline.parts, department: department)
        let subsections = outline.subsections.compactMap { section($0, inherited: department) }
        if only != nil, blocks.isEmpty, subsections.isEmpty { return nil }
        let title = renderer.fill(outline.title, at: outline.location, log: log) ?? outline.title
        return Section(number: outline.number, title: [.text(title)], blocks: blocks, subsections: subsections)
    }

    /// The blocks of `parts`, fed by `department` unless a part says otherwise.
    ///
    /// A part that belongs to a department that has not sent (its narrative, or a template given
    /// that `department:`) becomes "… chưa gửi báo cáo."; of any other part only the sentences
    /// needing such a department's figures are left out (``kept(_:lines:at:)``).
    mutating func blocks(for parts: [Outline.Part], department: String?) -> [Block] {
        var blocks: [Block] = []
        for part in parts {
            let feeders = self.departments(of: part, default: department)
            if let only, !feeders.contains(only) { continue }
            let unknown = feeders.filter { profile.department($0) == nil }
            if !unknown.isEmpty {
                log.error(.outlineUnknownDepartments(unknown, known: profile.departments.map(\.id)),
                          at: part.location)
                continue
            }
            let owners = Self.owners(of: part, default: department).filter { !hasSent($0) }
            // The warning stands at the department's own part, if it has one.
            for id in feeders.sorted() where !hasSent(id) && (owners.contains(id) || !owning.contains(id)) {
                warnMissing(id, at: part.location)
            }
            if !owners.isEmpty {
                for id in owners where reportedMissing.insert(id).inserted {
                    blocks.append(.paragraph([.text(missingSentence(id))]))
                }
                continue
            }
            blocks += build(part, department: feeders.first)
        }
        return blocks
    }

    private mutating func build(_ part: Outline.Part, department: String?) -> [Block] {
        pieces += 1
        let prefix = "\(department ?? "note")-\(pieces)-"
        let notes = kept(part.footnotes, at: part.location)
        switch part.content {
        case .template(let template):
            let text = Self.referring(kept(template, lines: part.textLines.first, at: part.location), only: notes, of: part.footnotes)
            guard !text.isEmpty, let filled = renderer.fill(text, at: part.location, log: log) else { return [] }
            let result = renderer.textBlocks(filled, notes: notes, prefix: prefix, at: part.location, log: log)
            footnotes += result.footnotes
            return result.blocks
        case .bullets(let templates):
            let items = templates.indices.compactMap { index -> [Block]? in
                let lines = part.textLines.indices.contains(index) ? part.textLines[index] : nil
                let text = Self.referring(kept(templates[index], lines: lines, at: part.location), only: notes, of: part.footnotes)
                guard !text.isEmpty, let filled = renderer.fill(text, at: part.location, log: log) else { return nil }
                let result = renderer.textBlocks(filled, notes: notes, prefix: prefix, at: part.location, log: log)
                footnotes += result.footnotes
                return result.blocks
            }
            return items.isEmpty ? [] : [.list(ListBlock(items: items))]
        case .narrative(let key):
            guard let department else {
                log.error(.narrativeWithoutDepartment(key), at: part.location)
                return []
            }
            guard let narrative = narrative(key, of: department) else {
                let sentence = "\(profile.department(department)?.shortName ?? department) chưa gửi báo cáo phần này."
                log.warning(.narrativeMissing(key, department: department, period: "\(period)", sentence: sentence), at: part.location)
                return [.paragraph([.text(sentence)])]
            }
            let result: (blocks: [Block], footnotes: [Footnote])
            switch narrative.format {
            case .text:
                let notes = kept(narrative.footnotes, at: narrative.location)
                let text = Self.referring(kept(narrative.text, lines: nil, at: narrative.location), only: notes, of: narrative.footnotes)
                guard let filled = renderer.fill(text, at: narrative.location, log: log) else { return [] }
                result = renderer.textBlocks(filled, notes: notes, prefix: prefix, at: narrative.location, log: log)
            case .markdown:
                guard let filled = renderer.fill(kept(narrative.text, lines: TextLines(lineByLine: narrative.text, from: narrative.location.line),
                                                      at: narrative.location), at: narrative.location, log: log)
                else { return [] }
                result = renderer.markdownBlocks(filled, prefix: prefix, at: narrative.location, log: log)
            }
            footnotes += result.footnotes
            return result.blocks
        }
    }

    /// `template` without the sentences (``TemplateSentences``) that print a figure of a department
    /// that has not sent, or a figure that was sent but could not be read; each one left out for a
    /// department is a warning at its own line of the outline (`lines`) or at `location`. The first sentence left out
    /// for a department the report has not yet said missing becomes "… chưa gửi báo cáo.".
    private mutating func kept(_ template: String, lines: TextLines?, at location: SourceLocation) -> String {
        guard template.utf8Contains(UInt8(ascii: "{")) else { return template }
        var kept = ""
        for sentence in TemplateSentences.split(template) {
            let paths = renderer.printedPaths(in: String(sentence))
            let absent = Set(paths.compactMap { $0.split(separator: ".").first.map(String.init) }
                .filter { profile.department($0) != nil && !hasSent($0) }).sorted()
            let unreadable = Set(paths.filter(renderer.context.namesUnreadableFigure)).sorted()
            guard !absent.isEmpty || !unreadable.isEmpty else {
                kept += sentence
                continue
            }
            let offset = template.utf8.distance(from: template.startIndex, to: sentence.startIndex)
            let at = SourceLocation(file: location.file, line: lines?.line(at: offset) ?? location.line)
            let shown = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
            for id in absent {
                log.warning(.sentenceLeftOutMissing(shown, department: profile.department(id)?.name ?? id, id: id), at: at)
            }
            // One mistake, one error: the figure's own error is at the department's file; a draft,
            // written in spite of it, notes what it leaves out.
            if absent.isEmpty, isDraft { log.note(.sentenceLeftOutUnreadable(shown, figures: unreadable), at: at) }
            let blanks = String(sentence.reversed().prefix(while: \.isWhitespace).reversed())
            for id in absent where !owning.contains(id) && reportedMissing.insert(id).inserted {
                kept += missingSentence(id) + (blanks.isEmpty ? " " : blanks)
            }
            // A paragraph break after a sentence left out stays.
            if blanks.contains("\n") { kept += blanks }
        }
        return kept.trimmedWhitespaceAndNewlines
    }

    /// `notes` with their sentences ``kept(_:lines:at:)``; a note left with none is left out.
    private mutating func kept(_ notes: [Narrative.Note], at location: SourceLocation) -> [Narrative.Note] {
        notes.compactMap { note in
            let text = kept(note.text, lines: nil, at: location)
            return text.isEmpty ? nil : Narrative.Note(id: note.id, text: text)
        }
    }

    /// `text` without its references (`[^id]`) to the notes of `all` that are not in `kept`.
    private static func referring(_ text: String, only kept: [Narrative.Note], of all: [Narrative.Note]) -> String {
        let left = Set(all.map(\.id)).subtracting(kept.map(\.id))
        return left.sorted().reduce(text) { $0.replacingOccurrences(of: "[^\($1)]", with: "") }
    }

    /// Warns once that department `id` has sent nothing.
    private mutating func warnMissing(_ id: String, at location: SourceLocation) {
        guard warnedMissing.insert(id).inserted else { return }
        log.warning(.departmentSentNothing(profile.department(id)?.name ?? id, id: id, period: "\(period)", sentence: missingSentence(id)), at: location)
    }

    private func hasSent(_ id: String) -> Bool {
        submissionsByDepartment[id] != nil
    }

    /// The departments a part belongs to as a whole, so that it is left out when one has not sent:
    /// a narrative's department, a template's or list's explicit `department:`.
    private static func owners(of part: Outline.Part, default department: String?) -> [String] {
        switch part.content {
        case .narrative: return (part.department ?? department).map { [$0] } ?? []
        case .template, .bullets: return part.department.map { [$0] } ?? []
        }
    }

    private static func owning(_ parts: [Outline.Part], department: String?) -> Set<String> {
        Set(parts.flatMap { owners(of: $0, default: department) })
    }

    private static func owning(_ section: Outline.SectionOutline, inherited: String?) -> Set<String> {
        let department = section.department ?? inherited
        return owning(section.parts, department: department).union(section.subsections.flatMap { owning($0, inherited: department) })
    }

    /// The departments a part depends on: a narrative's own department plus those its placeholders
    /// name; a template's explicit department, else those its placeholders name, else the section's.
    private func departments(of part: Outline.Part, default department: String?) -> [String] {
        var texts: [String] = part.footnotes.map(\.text)
        switch part.content {
        case .narrative(let key):
            guard let own = part.department ?? department else { return [] }
            if let narrative = narrative(key, of: own) { texts += [narrative.text] + narrative.footnotes.map(\.text) }
            return [own] + named(in: texts).subtracting([own]).sorted()
        case .template(let text): texts.append(text)
        case .bullets(let items): texts += items
        }
        if let own = part.department { return [own] }
        let named = self.named(in: texts)
        if named.isEmpty, let department { return [department] }
        return named.sorted()
    }

    private func named(in texts: [String]) -> Set<String> {
        texts.reduce(into: Set<String>()) { $0.formUnion(renderer.departments(in: $1)) }
    }

    private func narrative(_ key: String, of department: String) -> Narrative? {
        submissionsByDepartment[department]?.lazy.flatMap(\.narratives).first { $0.key == key }
    }

    private func missingSentence(_ id: String) -> String {
        "\(profile.department(id)?.shortName ?? id) chưa gửi báo cáo."
    }
}
