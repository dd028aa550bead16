import BaoCaoCore
import Foundation

/// Builds the report's ``StatisticalAnnex`` from the accepted figures: one indicator per figure, or
/// per `indicator:` several figures name, grouped by the outline's sectors.
enum StatisticsAnnex {
    /// The annex of `figures`, titled `title` (the outline's, filled), grouped as the outline says;
    /// a second figure for the same measure of one indicator is reported in `log` and left out.
    static func make(figures: [Figure], title: String, outline: Outline, profile: Profile, log: DiagnosticLog) -> StatisticalAnnex {
        var indicators: [String: StatisticalAnnex.Indicator] = [:]
        var order: [String: [String]] = [:]
        for figure in figures {
            for (key, indicator) in self.indicators(of: figure, outline: outline) {
                let id = "\(figure.department).\(key)"
                guard var known = indicators[id] else {
                    indicators[id] = indicator
                    order[figure.department, default: []].append(id)
                    continue
                }
                for value in indicator.values {
                    if let other = known.value(value.measure) {
                        log.warning(.measureGivenTwice(figure: figure.id, measure: value.measure.heading, indicator: key, first: other.code),
                                    at: figure.location)
                    } else {
                        known.values.append(value)
                    }
                }
                if known.unit == "%", indicator.unit != "%" { known.unit = indicator.unit }
                known.values.sort { StatisticalAnnex.Measure.allCases.firstIndex(of: $0.measure)! < StatisticalAnnex.Measure.allCases.firstIndex(of: $1.measure)! }
                indicators[id] = known
            }
        }
        let known = Set(profile.departments.map(\.id))
        let present = profile.departments.map(\.id).filter { order[$0] != nil } + order.keys.filter { !known.contains($0) }.sorted()
        var sectors: [StatisticalAnnex.Sector] = []
        var placed: Set<String> = []
        for sector in outline.annex.sectors {
            let members = sector.departments.filter { order[$0] != nil && !placed.contains($0) }
            placed.formUnion(members)
            let rows = members.flatMap { order[$0] ?? [] }.compactMap { indicators[$0] }
            if !rows.isEmpty { sectors.append(.init(title: sector.title, indicators: rows)) }
        }
        for department in present where !placed.contains(department) {
            let title = profile.department(department)?.name ?? department
            sectors.append(.init(title: title, indicators: (order[department] ?? []).compactMap { indicators[$0] }))
        }
        return StatisticalAnnex(title: title, issuer: profile.issuerFullName, sectors: sectors)
    }

    /// The indicators one figure gives, keyed by indicator id within its department: a task tally
    /// gives its total and, under it as "- Đã hoàn thành" and so on, each part with its share
    /// (computed unless the department stated it).
    private static func indicators(of figure: Figure, outline: Outline) -> [(String, StatisticalAnnex.Indicator)] {
        let source = StatisticalAnnex.Provenance(department: figure.department, file: figure.sourceName, line: figure.location.line)
        let code = "\(figure.department).\(figure.id)"
        switch figure.value {
        case .number(let value, let digits):
            let measure = self.measure(of: figure)
            let unit = measure == .value || measure == .cumulative ? figure.unit ?? "" : "%"
            let text = FigureText.plain(value, fractionDigits: digits)
            return [(figure.indicator ?? figure.id, .init(label: figure.label, unit: unit, values: [.init(measure: measure, text: text, code: code, source: source)]))]
        case .tasks(let tally):
            let rounding = outline.rounding(for: figure)
            let computed = tally.shares(rounding)
            let stated = Dictionary(figure.statedShares.map { ($0.part, $0) }, uniquingKeysWith: { first, _ in first })
            var rows = [(figure.id, StatisticalAnnex.Indicator(
                label: figure.label, unit: "nhiệm vụ",
                values: [.init(measure: .value, text: VietnameseFormat.number(Decimal(tally.assigned)), code: code + ".assigned", source: source)]))]
            for (part, count) in tally.orderedParts {
                var values: [StatisticalAnnex.Value] = [
                    .init(measure: .value, text: VietnameseFormat.number(Decimal(count)), code: code + ".\(part.rawValue)", source: source)
                ]
                if let share = stated[part] {
                    values.append(.init(measure: .share, text: FigureText.plain(share.value, fractionDigits: share.fractionDigits),
                                        code: code + ".\(part.rawValue)_share", source: source))
                } else if let share = computed[part] {
                    values.append(.init(measure: .share, text: String(rounding.text(share).dropLast()),
                                        code: code + ".\(part.rawValue)_share", isComputed: true, source: source))
                }
                rows.append(("\(figure.id).\(part.rawValue)", .init(label: "- \(part.label)", unit: "nhiệm vụ", values: values)))
            }
            return rows
        }
    }

    /// The unit column of a department form's row for a figure of `kind` with `unit`: the unit
    /// itself, or what its percentage is of.
    static func unit(kind: FigureKind, unit: String?) -> String {
        switch kind {
        case .count, .amount: return unit ?? ""
        case .share: return "%"
        case .percentOfPlan: return "% KH"
        case .ratioToSamePeriod: return "% so với cùng kỳ"
        case .growth: return "% tăng (+), giảm (-) so với cùng kỳ"
        case .monthOnMonth: return "% so với tháng trước"
        case .tasks: return "nhiệm vụ"
        }
    }

    /// Which measure of its indicator a numeric figure is, from its kind.
    private static func measure(of figure: Figure) -> StatisticalAnnex.Measure {
        switch figure.kind {
        case .count, .amount, .tasks: return figure.isCumulative ? .cumulative : .value
        case .share: return .share
        case .percentOfPlan: return .percentOfPlan
        case .ratioToSamePeriod: return .ratioToSamePeriod
        case .growth: return .growth
        case .monthOnMonth: return .ratioToPreviousMonth
        }
    }
}
