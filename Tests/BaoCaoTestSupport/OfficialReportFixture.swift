import BaoCaoCore

/// The official report the DOCX and ODT exporter tests share, built in code with every construct
/// the writers handle: the seed's header, headings of the four kinds, nested lists (the inner one
/// numbered from 3), a table with merged cells and header rows, four footnotes (one referred to
/// twice), the distribution list and the signature.
public enum OfficialReportFixture {
    /// The seed's header: Văn phòng UBND tỉnh Cao Bằng, 125/BC-VP, 25/5/2023.
    public static let header = DocumentHeader(
        parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
        number: DocumentNumber(sequence: 125, symbol: "BC-VP"), place: "Cao Bằng",
        date: DocumentDate(year: 2023, month: 5, day: 25))

    /// The subject of the seed report.
    public static let subject = "Công tác chỉ đạo điều hành tháng 5 năm 2023 của UBND tỉnh, Chủ tịch UBND tỉnh"

    /// The full fixture report; pass another header for the January and draft cases.
    public static func report(header: DocumentHeader = header, isDraft: Bool = false) -> Report {
        Report(
            header: header, subject: subject, isDraft: isDraft,
            preamble: [
                .paragraph([
                    .text("Tháng 5 và 5 tháng năm 2023, tình hình thế giới tiếp tục biến động phức tạp"),
                    .footnoteReference("hop"), .text("."),
                ])
            ],
            sections: [
                Section(
                    number: "I.", title: [.text("Kết quả đạt được")],
                    blocks: [.paragraph([.text("UBND tỉnh đã tổ chức "), .styled(.bold, [.text("04 cuộc họp")]), .text(" thường kỳ.")])],
                    subsections: [
                        Section(
                            number: "1.", title: [.text("Công tác chỉ đạo điều hành")],
                            blocks: [
                                .list(ListBlock(items: [
                                    [.paragraph([.text("Chỉ đạo các sở, ban, ngành"), .footnoteReference("vb"), .text(";")])],
                                    [
                                        .paragraph([.text("Triển khai các nhiệm vụ trọng tâm:")]),
                                        .list(ListBlock(isOrdered: true, start: 3, items: [
                                            [.paragraph([.text("Giải ngân vốn đầu tư công;")])],
                                            [.paragraph([.text("Cải cách hành chính"), .footnoteReference("hop"), .text(".")])],
                                        ])),
                                    ],
                                ]))
                            ],
                            subsections: [
                                Section(
                                    number: "1.1.", title: [.text("Thu ngân sách")],
                                    blocks: [.table(mergedTable)],
                                    subsections: [
                                        Section(
                                            number: "a)", title: [.text("Nông nghiệp")],
                                            blocks: [
                                                .paragraph([
                                                    .styled(.italic, [.text("Lúa xuân")]), .text(" gieo cấy được 98,3% KH"),
                                                    .footnoteReference("nn"), .text("."),
                                                ])
                                            ])
                                    ]),
                            ]),
                    ]),
                Section(
                    number: "II.", title: [.text("Nhiệm vụ tháng 6 năm 2023")],
                    blocks: [
                        .paragraph([.text("Tiếp tục chỉ đạo thực hiện các nhiệm vụ trọng tâm"), .footnoteReference("nv"), .text("./.")])
                    ]),
            ],
            footnotes: [
                Footnote(id: "hop", blocks: [.paragraph([.text("Phiên họp UBND tỉnh thường kỳ tháng 4 năm 2023.")])]),
                Footnote(id: "vb", blocks: [.paragraph([.text("Quyết định số 38/2021/QĐ-UBND ngày 08/11/2021.")])]),
                Footnote(id: "nn", blocks: [.paragraph([.text("Số liệu của Sở Nông nghiệp và Phát triển nông thôn.")])]),
                Footnote(id: "nv", blocks: [.paragraph([.text("Nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao.")])]),
            ],
            distribution: DistributionList(
                recipients: ["Chủ tịch, các PCT UBND tỉnh", "Ban Dân vận Tỉnh ủy", "Các thành viên UBND tỉnh"], archive: "VT, TH(Nh)"),
            signature: Signature(lines: ["CHÁNH VĂN PHÒNG"], name: "Trịnh Sỹ Tài"))
    }

    /// A table with a two-row header, a cell spanning two columns and one spanning two rows.
    public static let mergedTable = Table(
        caption: [.text("Kết quả thu ngân sách")], headerRowCount: 2,
        rows: [
            TableRow(cells: [TableCell(text: "Chỉ tiêu", rowSpan: 2), TableCell(text: "Năm 2023", columnSpan: 2)]),
            TableRow(cells: [TableCell(text: "Tháng 5"), TableCell(text: "5 tháng")]),
            TableRow(cells: [
                TableCell(text: "Thu nội địa"), TableCell(text: "98.842", alignment: .right),
                TableCell(text: "2.344,844", alignment: .right),
            ]),
            TableRow(cells: [
                TableCell(text: "Thu xuất nhập khẩu"), TableCell(text: "3.384", alignment: .right),
                TableCell(text: "66,2%", alignment: .right),
            ]),
        ],
        columnWidths: [3, 1.5, 1.5])

    /// Number 7 of 5 January 2024: the padded forms "Số: 07/BC-VP" and "ngày 05 tháng 01 năm 2024".
    public static let januaryHeader = DocumentHeader(
        parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
        number: DocumentNumber(sequence: 7, symbol: "BC-VP"), place: "Cao Bằng",
        date: DocumentDate(year: 2024, month: 1, day: 5))

    /// A draft without its number and day.
    public static let draftHeader = DocumentHeader(
        parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
        number: DocumentNumber(sequence: nil, symbol: "BC-VP"), place: "Cao Bằng",
        date: DocumentDate(year: 2023, month: 5, day: nil))

    /// The strings LibreOffice's text of page 1 and the final block must hold.
    public static let expectedStrings = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH CAO BẰNG", "VĂN PHÒNG",
        "Số: 125/BC-VP", "Cao Bằng, ngày 25 tháng 5 năm 2023", "BÁO CÁO", "Nơi nhận:", "CHÁNH VĂN PHÒNG", "Trịnh Sỹ Tài",
    ]
}
