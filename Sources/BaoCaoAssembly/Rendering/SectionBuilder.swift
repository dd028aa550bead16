import BaoCaoCore

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
    private var reportedMissing: Set<String> = []
    private var pieces = 0

    init(renderer: NarrativeRenderer, profile: Profile, period: ReportingPeriod, submissions: [Submission], only: String?, log: DiagnosticLog) {
        self.renderer = renderer
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
    mutating func blocks(for parts: [Outline.Part], department: String?) -> [Block] {
        var blocks: [Block] = []
        var placeholders: Set<String> = []
        for part in parts {
            let feeders = self.departments(of: part, default: department)
            if let only, !feeders.contains(only) { continue }
            let unknown = feeders.filter { profile.department($0) == nil }
            if !unknown.isEmpty {
                log.error(.outlineUnknownDepartments(unknown, known: profile.departments.map(\.id)),
                          at: part.location)
                continue
            }
            let missing = feeders.filter { submissionsByDepartment[$0] == nil }.sorted()
            if !missing.isEmpty {
                for id in missing where placeholders.insert(id).inserted {
                    blocks.append(.paragraph([.text(missingSentence(id))]))
                    if reportedMissing.insert(id).inserted {
                        log.warning(.departmentSentNothing(profile.department(id)?.name ?? id, id: id, period: "\(period)", sentence: missingSentence(id)),
                                    at: part.location)
                    }
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
        switch part.content {
        case .template(let template):
            guard let text = renderer.fill(template, at: part.location, log: log) else { return [] }
            let result = renderer.textBlocks(text, notes: part.footnotes, prefix: prefix, at: part.location, log: log)
            footnotes += result.footnotes
            return result.blocks
        case .bullets(let templates):
            let items = templates.compactMap { template -> [Block]? in
                guard let text = renderer.fill(template, at: part.location, log: log) else { return nil }
                let result = renderer.textBlocks(text, notes: part.footnotes, prefix: prefix, at: part.location, log: log)
                footnotes += result.footnotes
                return result.blocks
            }
            return [.list(ListBlock(items: items))]
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
            guard let text = renderer.fill(narrative.text, at: narrative.location, log: log) else { return [] }
            let result: (blocks: [Block], footnotes: [Footnote])
            switch narrative.format {
            case .text:
                result = renderer.textBlocks(text, notes: narrative.footnotes, prefix: prefix, at: narrative.location, log: log)
            case .markdown:
                result = renderer.markdownBlocks(text, prefix: prefix, at: narrative.location, log: log)
            }
            footnotes += result.footnotes
            return result.blocks
        }
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
