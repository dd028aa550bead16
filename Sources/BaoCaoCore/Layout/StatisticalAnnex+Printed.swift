extension Report {
    /// The report as the printed formats (DOCX, ODT, Markdown) show it: the statistical annex
    /// becomes the last of ``annexes``, a table (``StatisticalAnnex/printed(layout:)``).
    public func printable(layout: PageLayout) -> Report {
        guard let statistics else { return self }
        var printed = self
        printed.annexes.append(statistics.printed(layout: layout))
        printed.statistics = nil
        return printed
    }
}

extension StatisticalAnnex {
    /// The columns before the measures.
    static let leadingColumns = ["STT", "Chỉ tiêu", "ĐVT"]

    /// The measures some indicator has a value for that a department sent or the report states:
    /// the measure columns of the printed table.
    public var printedMeasures: [Measure] {
        Measure.allCases.filter { measure in
            sectors.contains { $0.indicators.contains { $0.value(measure).map { !$0.isComputed } ?? false } }
        }
    }

    /// The annex as printed in a report to be signed: one header row (repeated on every page), a
    /// row per sector (I, II, … and its title in bold, the other cells empty, so that every format
    /// can show it without merged cells) and per indicator (1, 2, … within the sector), only the measure
    /// columns some indicator fills, no provenance and no computed value. Columns are as wide as
    /// their longest number or word at the table text size, so that numbers never break; the
    /// indicator column takes the rest of the text width. (A landscape page for an annex too wide
    /// for portrait is not made yet.)
    public func printed(layout: PageLayout) -> Annex {
        let measures = printedMeasures
        let header = TableRow(cells: (Self.leadingColumns + measures.map(\.heading)).map {
            TableCell(blocks: [.paragraph([.styled(.bold, [.text($0)])])], alignment: .center)
        })
        var rows = [header]
        for (index, sector) in sectors.enumerated() {
            rows.append(TableRow(cells: [
                TableCell(blocks: [.paragraph([.styled(.bold, [.text(RomanNumeral.string(index + 1))])])], alignment: .center),
                TableCell(blocks: [.paragraph([.styled(.bold, [.text(sector.title)])])]),
            ] + Array(repeating: TableCell(blocks: []), count: 1 + measures.count)))
            for (number, indicator) in sector.indicators.enumerated() {
                let values = measures.map { measure in
                    TableCell(text: indicator.value(measure).flatMap { $0.isComputed ? nil : $0.text } ?? "", alignment: .right)
                }
                rows.append(TableRow(cells: [
                    TableCell(text: "\(number + 1)", alignment: .center), TableCell(text: indicator.label),
                    TableCell(text: indicator.unit, alignment: .center),
                ] + values))
            }
        }
        let table = Table(headerRowCount: 1, rows: rows, columnWidths: columnWidths(measures: measures, layout: layout))
        return Annex(title: title, blocks: [.table(table)], issuer: issuer)
    }

    /// Widths in cm: each column but the indicator's as wide as its widest unbreakable text (a
    /// number whole, a heading or unit by its longest word), plus the cell padding; the indicator
    /// column gets what is left of the text width, at least 3 cm (the writers scale a table wider
    /// than the text width down to it).
    private func columnWidths(measures: [Measure], layout: PageLayout) -> [Double] {
        let size = layout.tableTextSize
        let padding = 0.35
        // The same units and words come back in every sector: each text is measured once.
        var measured: [Bool: [String: Double]] = [:]
        func width(_ text: String, bold: Bool) -> Double {
            if let known = measured[bold]?[text] { return known }
            let width = TextMetrics.width(of: text, size: size, bold: bold)
            measured[bold, default: [:]][text] = width
            return width
        }
        func words(_ text: String, bold: Bool = true) -> Double {
            text.split(separator: " ").map { width(String($0), bold: bold) }.max() ?? 0
        }
        let indicators = sectors.flatMap(\.indicators)
        let number = max(words("STT"), TextMetrics.width(of: RomanNumeral.string(max(sectors.count, 1)), size: size))
        let unit = max(words("ĐVT"), indicators.map { words($0.unit, bold: false) }.max() ?? 0)
        let values = measures.map { measure in
            max(words(measure.heading),
                indicators.compactMap { $0.value(measure)?.text }.map { width($0, bold: false) }.max() ?? 0)
        }
        let fixed = ([number, unit] + values).map { $0 + padding }
        let label = max(layout.textWidth - fixed.reduce(0, +), 3)
        return [fixed[0], label] + fixed.dropFirst()
    }
}
