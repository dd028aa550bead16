import BaoCaoCore
import Foundation

/// Turns the fields of one figure, as read from a YAML mapping or a CSV row, into a typed ``Figure``.
///
/// Field names are the same in every format: `label`, `kind`, `value`, `unit`; a tally has
/// `assigned`, `completed`, `awaiting_confirmation`, `in_progress`, `overdue` and may state the
/// shares it computed as `completed_share`, `in_progress_share`, …; any figure may name the
/// figure it is a part of with `part_of`, the indicator it is a measure of with `indicator` (its
/// kind telling which measure) and say `cumulative: true` for a year-to-date value. The
/// department's ``Catalogue`` entry supplies the label, kind, unit and `part_of` a submission
/// leaves out; one it gives that differs is a warning.
struct FigureBuilder {
    /// One field's text and where it was written.
    struct Field {
        var text: String
        private var place: Place

        /// Where the field was written; a spreadsheet cell's location is built only when asked for
        /// (by a message), not for every cell read.
        var location: SourceLocation {
            switch place {
            case .known(let location): return location
            case .cell(let prefix, let reference): return SourceLocation(file: prefix + reference)
            }
        }

        private enum Place {
            case known(SourceLocation)
            /// "file!sheet!" and the cell's reference.
            case cell(prefix: String, reference: String)
        }

        /// A field written at `location`.
        init(text: String, location: SourceLocation) {
            self.text = text
            place = .known(location)
        }

        /// A field in the spreadsheet cell `reference` of the sheet named by `prefix` ("file!sheet!").
        init(text: String, cellPrefix prefix: String, reference: String) {
            self.text = text
            place = .cell(prefix: prefix, reference: reference)
        }
    }

    /// The department and file the figures come from.
    var department: String
    var sourceName: String
    /// How the numbers are written.
    var style: NumberReader.Style = .vietnamese
    /// The figures the department owes.
    var catalogue: Catalogue = .empty

    /// Builds the figure `id` from `fields`; reports problems in `log` and returns `nil` when it cannot.
    func figure(id: String, at location: SourceLocation, fields: [String: Field], log: DiagnosticLog) -> Figure? {
        let entry = catalogue.entry(department, id)
        var kinds: [String] { FigureKind.allCases.map(\.rawValue) }
        let kind: FigureKind
        if let kindField = fields["kind"], !kindField.text.isEmpty {
            guard let written = FigureKind(rawValue: kindField.text.trimmedWhitespace) else {
                log.error(.unknownFigureKind(id, kind: kindField.text, kinds: kinds), at: kindField.location)
                return nil
            }
            if let entry, entry.kind != written {
                log.warning(.differsFromCatalogue(id, field: .kind, given: written.rawValue, catalogue: entry.kind.rawValue),
                            at: kindField.location)
            }
            kind = written
        } else if let entry {
            kind = entry.kind
        } else {
            log.error(.figureWithoutKind(id, kinds: kinds), at: location)
            return nil
        }
        let label = catalogued(id, "label", fields: fields, entry: entry?.label, name: .label, log: log) ?? id
        let unit = catalogued(id, "unit", fields: fields, entry: entry?.unit, name: .unit, log: log)
        if kind == .amount, unit == nil {
            log.error(.amountWithoutUnit(id), at: location)
            return nil
        }
        var figure = Figure(id: id, label: label, kind: kind, value: .number(0, fractionDigits: 0), unit: unit,
                            department: department, location: location, sourceName: sourceName)
        figure.partOf = fields["part_of"].map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? entry?.partOf
        figure.indicator = fields["indicator"].map(\.text).flatMap { $0.isEmpty ? nil : $0 } ?? entry?.indicator
        if let field = fields["cumulative"], !field.text.isEmpty {
            guard let flag = Self.flags[field.text.lowercased()] else {
                log.error(.badCumulativeFlag(id, text: field.text), at: field.location)
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
            log.error(.figureWithoutValue(id), at: location)
            return nil
        }
        guard let number = NumberReader.read(valueField.text, style: style, at: valueField.location, log: log) else { return nil }
        if kind == .count, number.fractionDigits > 0 || number.value < 0 {
            log.error(.countNotWhole(id, text: valueField.text), at: valueField.location)
            return nil
        }
        if kind != .count, NumberReader.isSingleGroup(valueField.text.trimmedWhitespace) {
            // "497.984 tỷ đồng" is valid Vietnamese for 497 984, but a clerk who typed an English
            // decimal point meant 497,984: an amount is rarely a round thousand-grouped integer.
            let meant = valueField.text.trimmedWhitespace.replacingASCII(".", with: ",")
            log.warning(.dotReadAsThousands(id, text: valueField.text, value: "\(number.value)", meant: meant),
                        at: valueField.location)
        }
        figure.value = .number(number.value, fractionDigits: number.fractionDigits)
        return figure
    }

    /// The ways a yes/no field may be written.
    private static let flags = ["true": true, "yes": true, "có": true, "x": true, "false": false, "no": false, "không": false]

    /// The non-empty field `name`, else the catalogue's value; warns when both are given and differ.
    private func catalogued(_ id: String, _ name: String, fields: [String: Field], entry: String?, name catalogueField: Message.CatalogueField,
                            log: DiagnosticLog) -> String? {
        guard let field = fields[name], !field.text.isEmpty else { return entry }
        if let entry, entry != field.text {
            log.warning(.differsFromCatalogue(id, field: catalogueField, given: field.text, catalogue: entry), at: field.location)
        }
        return field.text
    }

    private func tally(id: String, at location: SourceLocation, fields: [String: Field], log: DiagnosticLog) -> TaskTally? {
        guard let assignedField = fields["assigned"] else {
            log.error(.taskWithoutAssigned(id), at: location)
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
