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
    /// Figures a department sent that could not be read, "sct.gtsx_thang": already reported at
    /// the department's file, so a template naming one is left out without a second error.
    private(set) var unreadable: Set<String> = []

    /// The departments of the profile, which a section may test (`{{#sct}}`, `{{^sct.gtsx_thang}}`).
    private(set) var departments: Set<String> = []

    /// Builds the context of a period from its accepted figures and the `unreadable` ones' names;
    /// the values of the `failed` figures ("sct.gtsx_thang") are marked to be highlighted. Each of
    /// the `sent` departments is there (true in `{{#sct}}`) even without a figure; the others of
    /// the profile's `departments` are not.
    init(
        period: ReportingPeriod, cutoff: (start: DocumentDate, end: DocumentDate), figures: [Figure], unreadable: Set<String> = [],
        failed: Set<String> = [], outline: Outline, departments known: Set<String> = [], sent: Set<String> = []
    ) {
        self.unreadable = unreadable
        self.departments = known
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
        var departments = Dictionary(uniqueKeysWithValues: sent.map { ($0, [String: Any]()) })
        for figure in figures {
            let prefix = "\(figure.department).\(figure.id)"
            names.insert(prefix)
            switch figure.value {
            case .number(let value, let digits):
                let made = Self.make(figure.kind, value, digits, figure.unit)
                departments[figure.department, default: [:]][figure.id] = failed.contains(prefix) ? made.marked() : made
            case .tasks(let tally):
                let mark: (TemplateValue) -> TemplateValue = { failed.contains(prefix) ? $0.marked() : $0 }
                var entry: [String: Any] = ["assigned": mark(Self.count(tally.assigned))]
                for (part, count) in tally.orderedParts { entry[part.rawValue] = mark(Self.count(count)) }
                let rounding = outline.rounding(for: figure)
                for (part, share) in tally.shares(rounding) {
                    let text = rounding.text(share)
                    entry[part.rawValue + "_share"] = mark(TemplateValue(standard: text, plain: String(text.dropLast()), phrase: "chiếm \(text)", unit: "%", change: text))
                }
                names.formUnion(entry.keys.map { "\(prefix).\($0)" })
                departments[figure.department, default: [:]][figure.id] = entry
            }
        }
        for (department, values) in departments { root[department] = values }
    }

    /// True when `path` names a figure that was sent but could not be read, or one of its values.
    func namesUnreadableFigure(_ path: String) -> Bool {
        let parts = path.split(separator: ".")
        return parts.count >= 2 && unreadable.contains("\(parts[0]).\(parts[1])")
    }

    /// True when a section may test `path`: a period value or anything of a profile's department,
    /// sent or not.
    func canTest(_ path: String) -> Bool {
        let head = path.split(separator: ".").first.map(String.init) ?? path
        return head == "ky" || departments.contains(head)
    }

    /// Why `path` names nothing: which part of it is unknown.
    func explain(_ path: String) -> Message {
        let parts = path.split(separator: ".").map(String.init)
        guard let head = parts.first, names.contains(where: { $0.hasPrefix(head + ".") }) else {
            return .noSuchValue(parts.first ?? path)
        }
        guard parts.count > 1, names.contains("\(head).\(parts[1])") else {
            return parts.count > 1 ? .noSuchFigure(parts[1], department: head) : .nameAFigure(head)
        }
        return .noSuchFigureValue(parts[1], value: parts.dropFirst(2).joined(separator: "."))
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
