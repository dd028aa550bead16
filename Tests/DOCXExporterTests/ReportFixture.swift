import BaoCaoCore

/// A report built in code with every construct the DOCX writer handles: the seed's header,
/// headings of all four kinds, a nested list, a table with merged cells, footnotes, distribution
/// list and signature.
enum ReportFixture {
    /// The seed's header: Văn phòng UBND tỉnh Cao Bằng, 125/BC-VP, 25/5/2023.
    static let header = DocumentHeader(
        parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
        number: DocumentNumber(sequence: 125, symbol: "BC-VP"), place: "Cao Bằng",
        date: DocumentDate(year: 2023, month: 5, day: 25))

    /// The full fixture report.
    static func report(header: DocumentHeader = header) -> Report {
        Report(
            header: header,
            subject: "Công tác chỉ đạo điều hành tháng 5 năm 2023 của UBND tỉnh, Chủ tịch UBND tỉnh",
            preamble: [
                .paragraph([
                    .text("Tháng 5 và 5 tháng năm 2023, tình hình thế giới tiếp tục biến động phức tạp"),
                    .footnoteReference("hop"), .text("."),
                ])
            ],
            sections: [
                Section(
                    number: "I.", title: [.text("Kết quả đạt được")],
                    blocks: [.paragraph([.text("Tỉnh đã tổ chức "), .styled(.bold, [.text("04 cuộc họp")]), .text(" thường kỳ.")])],
                    subsections: [
                        Section(
                            number: "1.", title: [.text("Công tác chỉ đạo")],
                            blocks: [
                                .list(ListBlock(items: [
                                    [.paragraph([.text("Chỉ đạo các sở, ngành"), .footnoteReference("vb")])],
                                    [
                                        .paragraph([.text("Triển khai nhiệm vụ:")]),
                                        .list(ListBlock(isOrdered: true, start: 1, items: [
                                            [.paragraph([.text("Giải ngân vốn đầu tư công;")])],
                                            [.paragraph([.text("Cải cách hành chính.")])],
                                        ])),
                                    ],
                                ]))
                            ],
                            subsections: [
                                Section(
                                    number: "1.1.", title: [.text("Kinh tế")],
                                    blocks: [.table(mergedTable)],
                                    subsections: [
                                        Section(number: "a)", title: [.text("Nông nghiệp")],
                                                blocks: [.paragraph([.styled(.italic, [.text("Diện tích gieo trồng")]), .text(" đạt 98,3% KH"), .footnoteReference("nn")])])
                                    ]),
                            ]),
                    ]),
                Section(
                    number: "II.", title: [.text("Nhiệm vụ tháng 6 năm 2023")],
                    blocks: [.paragraph([.text("Tiếp tục chỉ đạo thực hiện các nhiệm vụ trọng tâm"), .footnoteReference("nv"), .text("./.")])]),
            ],
            footnotes: [
                Footnote(id: "hop", blocks: [.paragraph([.text("Phiên họp UBND tỉnh thường kỳ tháng 5.")])]),
                Footnote(id: "vb", blocks: [.paragraph([.text("Văn bản số 1234/UBND-TH ngày 08/11/2021.")])]),
                Footnote(id: "nn", blocks: [.paragraph([.text("Số liệu của Sở Nông nghiệp.")])]),
                Footnote(id: "nv", blocks: [.paragraph([.text("Nhiệm vụ do Chính phủ giao.")])]),
            ],
            distribution: DistributionList(
                recipients: ["Văn phòng Chính phủ", "TT Tỉnh ủy, HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh"], archive: "VT, TH(Nh)"),
            signature: Signature(lines: ["CHÁNH VĂN PHÒNG"], name: "Trịnh Sỹ Tài"))
    }

    /// A table with a two-row header, a cell spanning two columns and one spanning two rows.
    static let mergedTable = Table(
        caption: [.text("Kết quả thu ngân sách")], headerRowCount: 2,
        rows: [
            TableRow(cells: [
                TableCell(text: "Chỉ tiêu", rowSpan: 2), TableCell(text: "Năm 2023", columnSpan: 2),
            ]),
            TableRow(cells: [TableCell(text: "Tháng 5"), TableCell(text: "5 tháng")]),
            TableRow(cells: [TableCell(text: "Thu nội địa"), TableCell(text: "98.842", alignment: .right), TableCell(text: "2.344,844", alignment: .right)]),
            TableRow(cells: [TableCell(text: "Thu xuất nhập khẩu"), TableCell(text: "3.384", alignment: .right), TableCell(text: "66,2%", alignment: .right)]),
        ],
        columnWidths: [3, 1.5, 1.5])
}
