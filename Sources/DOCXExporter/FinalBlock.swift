import BaoCaoCore

/// Writes the final block: "Nơi nhận:" and its items on the left, the signature on the right.
struct FinalBlock {
    /// The report whose distribution list and signature are printed.
    var report: Report

    /// Writes the block through `body`; nothing when both halves are empty.
    func write(_ body: BodyWriter) throws {
        let layout = body.layout
        let distribution = report.distribution
        let signature = report.signature
        guard !distribution.isEmpty || !signature.isEmpty else { return }
        try body.layoutTable(columns: layout.signatureColumns, rows: [
            [
                {
                    var properties = ParagraphProperties(style: StyleID.normal)
                    properties.keepNext = true
                    properties.spacing = .init(before: WordUnits.twips(points: OfficialSpacing.beforeFinalBlock))
                    if distribution.isEmpty {
                        try body.paragraph([], properties)
                        return
                    }
                    try body.paragraph(
                        text: OfficialText.distributionTitle, properties,
                        run: .sized(layout.distributionTitleSize, bold: true, italic: true))
                    var item = ParagraphProperties(style: StyleID.normal)
                    item.keepNext = true
                    for line in distribution.printedItems {
                        try body.paragraph(text: line, item, run: .sized(layout.distributionItemSize))
                    }
                },
                {
                    let run = RunProperties.sized(layout.signatureSize, bold: true)
                    var before = OfficialSpacing.beforeFinalBlock
                    for line in signature.lines {
                        try body.centredLine(line, run: run, before: before)
                        before = 0
                    }
                    try body.centredLine(signature.name ?? "", run: run, before: before + layout.signatureSpace, keepNext: false)
                },
            ]
        ])
    }
}
