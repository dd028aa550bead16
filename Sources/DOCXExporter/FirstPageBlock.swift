import BaoCaoCore

/// Writes the top of page 1 as in Mẫu 1.4: the issuer and national-name table, then the type
/// name, the subject and the rule under it (a công văn: "V/v …" under its number, Mẫu 1.1), then
/// "Kính gửi:".
struct FirstPageBlock {
    /// The report whose header, type and subject are printed.
    var report: Report

    /// Writes the block through `body`.
    func write(_ body: BodyWriter) throws {
        let layout = body.layout
        let header = report.header
        // LibreOffice puts an empty body-size paragraph before a document that starts with a table,
        // which pushes the header 16 pt below the top margin; a 1 pt paragraph takes its place,
        // or, in a draft, the "DỰ THẢO" mark that tells every reader the text is not final.
        if report.isDraft {
            try body.centredLine(OfficialText.draftMark, run: .sized(layout.titleSize, bold: true))
        } else {
            try body.spacer()
        }
        let left = layout.headerColumns[0]
        let right = layout.headerColumns[1]
        try body.layoutTable(columns: layout.headerColumns, rows: [
            [
                {
                    if let parent = header.parentBody, !parent.isEmpty {
                        try body.centredLine(parent, run: .sized(layout.issuerSize))
                    }
                    if let issuer = header.issuingBody, !issuer.isEmpty {
                        try body.centredLine(issuer, run: .sized(layout.issuerSize, bold: true))
                        try body.rule(OfficialRules.issuer(issuer, layout: layout, column: left))
                    } else {
                        try body.centredLine("", run: .sized(layout.issuerSize))
                    }
                },
                {
                    try body.centredLine(OfficialText.nationalName, run: .sized(layout.nationalNameSize, bold: true))
                    try body.centredLine(OfficialText.motto, run: .sized(layout.mottoSize, bold: true))
                    try body.rule(OfficialRules.motto(layout: layout, column: right))
                },
            ],
            [
                {
                    try body.centredLine(
                        VietnameseFormat.numberLine(header.number), run: .sized(layout.issuerSize), before: OfficialSpacing.headerSecondRow)
                    if report.isLetter, !report.subject.isEmpty {
                        try body.centredLine(report.subject, run: .sized(layout.issuerSize), before: OfficialSpacing.headerSecondRow)
                    }
                },
                {
                    try body.centredLine(
                        VietnameseFormat.placeAndDate(place: header.place, date: header.date),
                        run: .sized(layout.placeDateSize, italic: true), before: OfficialSpacing.headerSecondRow)
                },
            ],
        ])
        if !report.isLetter {
            try body.centredLine(report.documentType, run: .sized(layout.titleSize, bold: true), before: OfficialSpacing.beforeTitle)
            if !report.subject.isEmpty {
                try body.centredLine(report.subject, run: .sized(layout.titleSize, bold: true))
                try body.rule(OfficialRules.subject(report.subject, layout: layout), after: OfficialSpacing.afterSubjectRule)
            }
        }
        try AddresseeBlock(addressees: report.addressees).write(body)
    }
}
