import BaoCaoCore
import BaoCaoXML

extension ContentWriter {
    /// Page 1 above the body: the borderless two-column header table of Mẫu 1.4 (issuer and
    /// number on the left; national name, motto and place-date on the right, number and date on
    /// one row), then the type name, the subject and the short rule under it.
    func writeFrontPage() throws {
        let header = report.header
        if report.isDraft {
            // The "DỰ THẢO" mark above the header tells every reader the text is not final.
            try paragraph(StyleName.documentType) { try writeText(OfficialText.draftMark) }
        }
        try xml.element("table:table", ["table:name": "Đầu trang", "table:style-name": StyleName.headerTable]) {
            try xml.element("table:table-column", ["table:style-name": "\(StyleName.headerTable).A"])
            try xml.element("table:table-column", ["table:style-name": "\(StyleName.headerTable).B"])
            try xml.element("table:table-row") {
                try plainCell {
                    if let parent = header.parentBody, !parent.isEmpty {
                        try paragraph(StyleName.parentBody) { try writeText(parent) }
                    }
                    if let issuer = header.issuingBody, !issuer.isEmpty {
                        try paragraph(StyleName.issuingBody) { try writeText(issuer) }
                        try paragraph(StyleName.issuerRule)
                    }
                }
                try plainCell {
                    try paragraph(StyleName.nationalName) { try writeText(OfficialText.nationalName) }
                    try paragraph(StyleName.motto) { try writeText(OfficialText.motto) }
                    try paragraph(StyleName.mottoRule)
                }
            }
            try xml.element("table:table-row") {
                try plainCell {
                    try paragraph(StyleName.number) { try writeText(VietnameseFormat.numberLine(header.number)) }
                }
                try plainCell {
                    try paragraph(StyleName.placeDate) {
                        try writeText(VietnameseFormat.placeAndDate(place: header.place, date: header.date))
                    }
                }
            }
        }
        try paragraph(StyleName.documentType) { try writeText(report.documentType) }
        if !report.subject.isEmpty {
            try paragraph(StyleName.subject) { try writeText(report.subject) }
            try paragraph(StyleName.subjectRule)
        }
    }

    /// The final block: "Nơi nhận:" and its items on the left, level with the signature's
    /// authority and position lines on the right, room for signature and seal, then the name.
    func writeFinalBlock() throws {
        let distribution = report.distribution
        let signature = report.signature
        guard !distribution.isEmpty || !signature.isEmpty else { return }
        try xml.element("table:table", ["table:name": "Nơi nhận và chữ ký", "table:style-name": StyleName.finalTable]) {
            try xml.element("table:table-column", ["table:style-name": "\(StyleName.finalTable).A"])
            try xml.element("table:table-column", ["table:style-name": "\(StyleName.finalTable).B"])
            try xml.element("table:table-row", ["table:style-name": StyleName.unbrokenRow]) {
                try plainCell {
                    if distribution.isEmpty {
                        try paragraph(StyleName.distributionItem)
                    } else {
                        try paragraph(StyleName.distributionTitle) { try writeText(OfficialText.distributionTitle) }
                        for item in distribution.printedItems {
                            try paragraph(StyleName.distributionItem) { try writeText(item) }
                        }
                    }
                }
                try plainCell {
                    for line in signature.lines {
                        try paragraph(StyleName.signatureLine) { try writeText(line) }
                    }
                    try paragraph(StyleName.signerName) { try writeText(signature.name ?? "") }
                }
            }
        }
    }

    /// The annexes, each on a new page: "Phụ lục" (numbered when there are several), the title
    /// in upper case, the italic reference to this report with a short rule, then the content.
    func writeAnnexes() throws {
        for (index, annex) in report.annexes.enumerated() {
            try paragraph(StyleName.annexHeading) {
                try writeText(OfficialText.annexHeading(index: index, of: report.annexes.count))
            }
            try paragraph(StyleName.annexTitle) { try writeText(annex.title.uppercased()) }
            try paragraph(StyleName.annexReference) { try writeText(OfficialText.annexReference(annex, of: report)) }
            try paragraph(StyleName.annexRule(index))
            for block in annex.blocks { try writeBlock(block, context: .body) }
        }
    }

    /// A borderless cell of page 1's header or of the final block.
    private func plainCell(_ body: () throws -> Void) throws {
        try xml.element("table:table-cell", ["table:style-name": StyleName.plainCell, "office:value-type": "string"], body)
    }

    /// A `text:p` of the given style whose content `body` writes.
    func paragraph(_ style: String, _ body: () throws -> Void = {}) throws {
        try xml.element("text:p", ["text:style-name": style]) {
            atLineStart = true
            try body()
        }
    }
}
