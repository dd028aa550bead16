/// Fixed wording and derived lines of an official document, shared by every writer so that DOCX,
/// ODT and Markdown print the same words.
package enum OfficialText {
    /// The national name (Quốc hiệu), bold upper case at the top right of page 1.
    package static let nationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// The motto (Tiêu ngữ), bold, with a rule as long as the text under it.
    package static let motto = "Độc lập - Tự do - Hạnh phúc"
    /// The heading of the distribution list, bold italic 12 pt.
    package static let distributionTitle = "Nơi nhận:"
    /// The word shown in a draft's header and file properties.
    package static let draftMark = "DỰ THẢO"

    /// The heading of an annex: "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" … when there are several.
    package static func annexHeading(index: Int, of count: Int) -> String {
        count > 1 ? "Phụ lục \(RomanNumeral.string(index + 1))" : "Phụ lục"
    }

    /// The italic line under an annex title: "(Kèm theo Báo cáo số 125/BC-VP ngày 25/5/2023 của Văn
    /// phòng UBND tỉnh Cao Bằng)", with the annex's full issuer name, or else the header's issuing body.
    package static func annexReference(_ annex: Annex, of report: Report) -> String {
        let type = report.documentType.prefix(1).uppercased() + report.documentType.dropFirst().lowercased()
        let number = report.header.number.map { $0.canonicalText } ?? "\(VietnameseFormat.blank)"
        var line = "(Kèm theo \(type) số \(number)"
        if let date = report.header.date {
            line += " \(VietnameseFormat.longDate(date))"
        }
        if let issuer = annex.issuer, !issuer.isEmpty {
            line += " của \(issuer)"
        } else if let issuer = report.header.issuingBody, !issuer.isEmpty {
            line += " của \(issuer.prefix(1).uppercased() + issuer.dropFirst().lowercased())"
        }
        return line + ")"
    }
}
