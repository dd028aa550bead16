import BaoCaoCore

/// The office's check list of where each printed value of the statistical annex came from
/// (`baocao assemble --sources`): a document of its own, for the office only, so that the signed
/// report never carries file names.
public enum SourceChecklist {
    /// The document type of the check list.
    static let documentType = "DANH SÁCH KIỂM TRA"
    /// The columns of its table.
    static let columns = ["STT", "Chỉ tiêu", "Chỉ số", "Giá trị", "Đơn vị báo cáo", "Tệp", "Dòng", "Đã kiểm tra"]

    /// The check list of `report`'s statistical annex, under the same header: one row per value
    /// the annex prints (values the tool computed are not printed, so not listed), with the
    /// sending department's name from `departments` (by id), its file and line, and an empty
    /// column to tick.
    public static func report(for report: Report, departments: [String: String]) -> Report {
        var rows = [TableRow(cells: columns.map { TableCell(blocks: [.paragraph([.styled(.bold, [.text($0)])])], alignment: .center) })]
        let sectors = report.statistics?.sectors ?? []
        for (sectorIndex, sector) in sectors.enumerated() {
            for (index, indicator) in sector.indicators.enumerated() {
                for value in indicator.values where !value.isComputed {
                    rows.append(TableRow(cells: [
                        TableCell(text: "\(RomanNumeral.string(sectorIndex + 1)).\(index + 1)", alignment: .center),
                        TableCell(text: indicator.label), TableCell(text: value.measure.heading),
                        TableCell(text: value.text, alignment: .right),
                        TableCell(text: departments[value.source.department] ?? value.source.department),
                        TableCell(text: value.source.file), TableCell(text: value.source.line.map(String.init) ?? "", alignment: .right),
                        TableCell(text: ""),
                    ]))
                }
            }
        }
        let title = report.statistics.map { "Nguồn số liệu của phụ lục \"\($0.title)\"" } ?? "Nguồn số liệu"
        return Report(header: report.header, documentType: documentType, subject: title, isDraft: report.isDraft,
                      preamble: [.table(Table(headerRowCount: 1, rows: rows))])
    }
}
