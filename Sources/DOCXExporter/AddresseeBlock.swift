import BaoCaoCore

/// Writes "Kính gửi:" (Decree 30 field 9a): one addressee on the same line, centred; several one
/// per line as "- …;", the last ending ".", their dashes aligned under the first one.
struct AddresseeBlock {
    /// The bodies addressed, without dash or punctuation.
    var addressees: [String]

    /// The words before the first addressee.
    static let label = "Kính gửi:"

    /// Writes the block through `body` (nothing when there is no addressee).
    func write(_ body: BodyWriter) throws {
        let layout = body.layout
        let run = RunProperties.sized(layout.bodySize)
        let before = WordUnits.twips(points: OfficialSpacing.beforeTitle / 2)
        if addressees.count == 1, let only = addressees.first {
            var properties = ParagraphProperties(style: StyleID.centred)
            properties.spacing = .init(before: before, after: before)
            try body.paragraph(text: "\(Self.label) \(only).", properties, run: run)
            return
        }
        // The label starts a quarter of the text width in; every dash stands where the first one does.
        let start = WordUnits.twips(cm: layout.textWidth / 4)
        let labelWidth = WordUnits.twips(cm: TextMetrics.width(of: Self.label + " ", size: layout.bodySize, bold: false))
        for (index, addressee) in addressees.enumerated() {
            let last = index == addressees.count - 1
            let item = "- \(addressee)\(last ? "." : ";")"
            var properties = ParagraphProperties(style: StyleID.normal)
            properties.keepNext = !last
            properties.indent = .init(left: index == 0 ? start : start + labelWidth)
            properties.spacing = .init(before: index == 0 ? before : 0, after: last ? before : 0)
            try body.paragraph(text: index == 0 ? "\(Self.label) \(item)" : item, properties, run: run)
        }
    }
}
