import BaoCaoCore
import Foundation

/// What templates can refer to: `ky.*` (the period) and `<department>.<figure>` for every figure.
///
/// A tally adds `.assigned`, `.completed`, `.awaiting_confirmation`, `.in_progress`, `.overdue` and
/// the computed shares `.completed_share`, … rounded as the outline says.
struct TemplateContext {
    /// The values, as swift-mustache reads them.
    private(set) var root: [String: Any] = [:]
    /// Every name a template may use, "ky.thang", "vp.nv_thang.completed", for checking templates.
    private(set) var names: Set<String> = []

    /// Builds the context of a period from its accepted figures.
    init(period: ReportingPeriod, cutoff: (start: DocumentDate, end: DocumentDate), figures: [Figure], outline: Outline) {
        func short(_ date: DocumentDate) -> String {
            VietnameseFormat.shortDate(day: date.day ?? 1, month: date.month, year: date.year)
        }
        let ky: [String: Any] = [
            "thang": "\(period.month)", "nam": "\(period.year)",
            "thang_truoc": "\(period.previous.month)", "nam_thang_truoc": "\(period.previous.year)",
            "tu_ngay": short(cutoff.start), "den_ngay": short(cutoff.end),
        ]
        root["ky"] = ky
        names.formUnion(ky.keys.map { "ky.\($0)" })
        var departments: [String: [String: Any]] = [:]
        for figure in figures {
            let prefix = "\(figure.department).\(figure.id)"
            names.insert(prefix)
            switch figure.value {
            case .number(let value, let digits):
                departments[figure.department, default: [:]][figure.id] = Self.make(figure.kind, value, digits, figure.unit)
            case .tasks(let tally):
                var entry: [String: Any] = ["assigned": Self.count(tally.assigned)]
                for (part, count) in tally.orderedParts { entry[part.rawValue] = Self.count(count) }
                let rounding = outline.rounding(for: figure)
                for (part, share) in tally.shares(rounding) {
                    let text = rounding.text(share)
                    entry[part.rawValue + "_share"] = TemplateValue(standard: text, plain: String(text.dropLast()), phrase: "chiếm \(text)", unit: "%", change: text)
                }
                names.formUnion(entry.keys.map { "\(prefix).\($0)" })
                departments[figure.department, default: [:]][figure.id] = entry
            }
        }
        for (department, values) in departments { root[department] = values }
    }

    /// Why `path` names nothing: which part of it is unknown.
    func explain(_ path: String) -> String {
        let parts = path.split(separator: ".").map(String.init)
        guard let head = parts.first, names.contains(where: { $0.hasPrefix(head + ".") }) else {
            return "no department or period value '\(parts.first ?? path)' this period"
        }
        guard parts.count > 1, names.contains("\(head).\(parts[1])") else {
            return parts.count > 1 ? "\(head) has sent no figure '\(parts[1])' this period" : "name a figure: \(head).<figure>"
        }
        return "'\(parts[1])' has no value '\(parts.dropFirst(2).joined(separator: "."))'"
    }

    private static func make(_ kind: FigureKind, _ value: Decimal, _ digits: Int, _ unit: String?) -> TemplateValue {
        let standard = FigureText.standard(kind: kind, value: value, fractionDigits: digits, unit: unit)
        return TemplateValue(
            standard: standard,
            plain: FigureText.plain(kind == .growth ? abs(value) : value, fractionDigits: digits),
            phrase: FigureText.phrase(kind: kind, value: value, fractionDigits: digits, unit: unit),
            unit: unit ?? (kind.isPercentage ? "%" : ""),
            change: kind == .growth ? "\(value < 0 ? "giảm" : "tăng") \(standard)" : standard)
    }

    private static func count(_ value: Int) -> TemplateValue {
        make(.count, Decimal(value), 0, nil)
    }
}
