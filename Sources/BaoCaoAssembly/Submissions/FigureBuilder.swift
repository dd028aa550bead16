import BaoCaoCore
import Foundation

/// Turns the fields of one figure, as read from a YAML mapping or a CSV row, into a typed ``Figure``.
///
/// Field names are the same in every format: `label`, `kind`, `value`, `unit`; a tally has
/// `assigned`, `completed`, `awaiting_confirmation`, `in_progress`, `overdue` and may state the
/// shares it computed as `completed_share`, `in_progress_share`, …; any figure may name the
/// figure it is a part of with `part_of`, the indicator it is a measure of with `indicator` (its
/// kind telling which measure) and say `cumulative: true` for a year-to-date value.
struct FigureBuilder {
    /// One field's text and where it was written.
    struct Field {
        var text: String
        var location: SourceLocation
    }

    /// The department and file the figures come from.
    var department: String
    var sourceName: String
    /// How the numbers are written.
    var style: NumberReader.Style = .vietnamese

    /// Builds the figure `id` from `fields`; reports problems in `log` and returns `nil` when it cannot.
    func figure(id: String, at location: SourceLocation, fields: [String: Field], log: DiagnosticLog) -> Figure? {
        guard let kindField = fields["kind"] else {
            log.error("figure '\(id)' has no kind (one of: \(FigureKind.allCases.map(\.rawValue).joined(separator: ", ")))", at: location)
            return nil
        }
        guard let kind = FigureKind(rawValue: kindField.text.trimmingCharacters(in: .whitespaces)) else {
            log.error("figure '\(id)': unknown kind '\(kindField.text)' (one of: \(FigureKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                      at: kindField.location)
            return nil
        }
        let label = fields["label"]?.text ?? id
        let unit = fields["unit"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        if kind == .amount, unit == nil {
            log.error("figure '\(id)' is an amount but has no unit (tỷ đồng, ha, lượt…)", at: location)
            return nil
        }
        var figure = Figure(id: id, label: label, kind: kind, value: .number(0, fractionDigits: 0), unit: unit,
                            department: department, location: location, sourceName: sourceName)
        figure.partOf = fields["part_of"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        figure.indicator = fields["indicator"].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        if let field = fields["cumulative"], !field.text.isEmpty {
            guard let flag = Self.flags[field.text.lowercased()] else {
                log.error("figure '\(id)': cumulative must be true or false (có/không), not '\(field.text)'", at: field.location)
                return nil
            }
            figure.isCumulative = flag
        }
        if kind == .tasks {
            guard let tally = tally(id: id, at: location, fields: fields, log: log) else { return nil }
            figure.value = .tasks(tally)
            figure.statedShares = statedShares(fields: fields, log: log)
            return figure
        }
        guard let valueField = fields["value"] else {
            log.error("figure '\(id)' has no value", at: location)
            return nil
        }
        guard let number = NumberReader.read(valueField.text, style: style, at: valueField.location, log: log) else { return nil }
        if kind == .count, number.fractionDigits > 0 || number.value < 0 {
            log.error("figure '\(id)' is a count but '\(valueField.text)' is not a whole number", at: valueField.location)
            return nil
        }
        if kind != .count, NumberReader.isSingleGroup(valueField.text.trimmingCharacters(in: .whitespaces)) {
            // "497.984 tỷ đồng" is valid Vietnamese for 497 984, but a clerk who typed an English
            // decimal point meant 497,984: an amount is rarely a round thousand-grouped integer.
            let meant = valueField.text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: ",")
            log.warning("figure '\(id)': '\(valueField.text)' is read as \(number.value) (the dot groups thousands); if a decimal was meant, write \(meant)",
                        at: valueField.location)
        }
        figure.value = .number(number.value, fractionDigits: number.fractionDigits)
        return figure
    }

    /// The ways a yes/no field may be written.
    private static let flags = ["true": true, "yes": true, "có": true, "x": true, "false": false, "no": false, "không": false]

    private func tally(id: String, at location: SourceLocation, fields: [String: Field], log: DiagnosticLog) -> TaskTally? {
        guard let assignedField = fields["assigned"] else {
            log.error("task figure '\(id)' has no 'assigned' count", at: location)
            return nil
        }
        guard let assigned = NumberReader.count(assignedField.text, style: style, at: assignedField.location, log: log) else { return nil }
        var parts: [TaskTally.Part: Int] = [:]
        for part in TaskTally.Part.allCases {
            guard let field = fields[part.rawValue], !field.text.isEmpty else { continue }
            guard let count = NumberReader.count(field.text, style: style, at: field.location, log: log) else { return nil }
            parts[part] = count
        }
        return TaskTally(assigned: assigned, parts: parts)
    }

    private func statedShares(fields: [String: Field], log: DiagnosticLog) -> [Figure.StatedShare] {
        TaskTally.Part.allCases.compactMap { part in
            guard let field = fields[part.rawValue + "_share"], !field.text.isEmpty,
                let value = NumberReader.read(field.text, style: style, at: field.location, log: log)
            else { return nil }
            return Figure.StatedShare(part: part, value: value.value, fractionDigits: value.fractionDigits, location: field.location)
        }
    }
}
