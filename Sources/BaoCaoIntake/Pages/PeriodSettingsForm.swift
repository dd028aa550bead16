import BaoCaoCore

/// The office's form for a period's settings, written as the `ky-bao-cao.yaml` file `baocao assemble` reads.
struct PeriodSettingsForm {
    var number: String?
    var date: String?
    var cutoffEnd: String?

    /// The settings file; every value is checked first, so the YAML holds only digits and dates.
    ///
    /// - Throws: ``IntakeError`` 422 naming the field that is not a number or a date.
    func yaml(period: String) throws -> String {
        var lines = ["period: \(period)"]
        if let number = number?.trimmingCharacters(in: .whitespaces), !number.isEmpty {
            guard let value = Int(number), value > 0 else { throw IntakeError(.unprocessableContent, IntakeMessages.badSettingsField("Số văn bản", number)) }
            lines.append("number: \(value)")
        }
        for (key, label, text) in [("date", "Ngày ban hành", date), ("cutoff_end", "Ngày chốt số liệu", cutoffEnd)] {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
            guard let value = DocumentDate(iso: text), value.day != nil else {
                throw IntakeError(.unprocessableContent, IntakeMessages.badSettingsField(label, text))
            }
            lines.append("\(key): \(value.isoText)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
