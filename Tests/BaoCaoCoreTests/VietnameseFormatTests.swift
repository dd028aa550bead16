@testable import BaoCaoCore
import Foundation
import Testing

@Suite("Vietnamese number and date style, checked against the seed's own figures")
struct VietnameseFormatTests {
    @Test func groupsThousandsWithDotsAndDecimalsWithCommas() {
        #expect(VietnameseFormat.number(3384) == "3.384")
        #expect(VietnameseFormat.number(Decimal(string: "2344.844")!, fractionDigits: 3) == "2.344,844")
        #expect(VietnameseFormat.number(Decimal(string: "4999.21")!, fractionDigits: 2) == "4.999,21")
        #expect(VietnameseFormat.number(98842) == "98.842")
        #expect(VietnameseFormat.number(Decimal(string: "497.984")!, fractionDigits: 3) == "497,984")
        #expect(VietnameseFormat.number(Decimal(string: "66.244726")!, fractionDigits: 1) == "66,2")
        #expect(VietnameseFormat.number(Decimal(string: "1234.55")!, fractionDigits: 1) == "1.234,6")
        #expect(VietnameseFormat.number(Decimal(string: "2.5")!) == "3")
    }

    @Test func writesADecimalsPlainTextAsItsDescription() {
        var generator = SystemRandomNumberGenerator()
        var values: [Decimal] = ["0", "0.0", "-17", "41.68", "0.041", "1000", "-0.5", "999999999999999999", "1000000000000000000",
                                 "12345678901234567890.5", "1E-30", "-2344.844"].map { Decimal(string: $0)! }
        for _ in 0..<2_000 {
            let mantissa = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator)
            var value = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: Int.random(in: -25...8, using: &generator),
                                significand: Decimal(mantissa))
            values.append(value)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, Int.random(in: 0...4, using: &generator), .plain)
            values.append(rounded)
        }
        for value in values { #expect(value.plainText == value.description, "\(value)") }
    }

    @Test func formatsExactlyWithoutFloatingPoint() {
        // More digits than a Double holds: every one is kept.
        #expect(VietnameseFormat.number(Decimal(string: "1234567890123456789.25")!, fractionDigits: 1) == "1.234.567.890.123.456.789,3")
        #expect(VietnameseFormat.number(Decimal(string: "-1234.5")!) == "-1.235")
        #expect(VietnameseFormat.number(Decimal(string: "-0.04")!, fractionDigits: 1) == "0,0")
        #expect(VietnameseFormat.number(Decimal(string: "999.9995")!, fractionDigits: 3) == "1.000,000")
        #expect(VietnameseFormat.number(Decimal(string: "0.5")!, fractionDigits: 2) == "0,50")
        #expect(VietnameseFormat.trimmedNumber(Decimal(string: "7.000")!, maximumFractionDigits: 3) == "7")
        #expect(VietnameseFormat.trimmedNumber(Decimal(string: "2344.50")!, maximumFractionDigits: 3) == "2.344,5")
        #expect(VietnameseFormat.number(Decimal(string: "100000")!) == "100.000")
    }

    @Test func percentagesDropATrailingZeroAndRoundHalfUp() {
        #expect(VietnameseFormat.share(785, of: 1185) == "66,2%")
        #expect(VietnameseFormat.share(83, of: 1185) == "7%")
        #expect(VietnameseFormat.share(317, of: 1185) == "26,8%")
        #expect(VietnameseFormat.share(296, of: 406, precision: 0) == "73%")
        #expect(VietnameseFormat.share(69, of: 406, precision: 0) == "17%")
        #expect(VietnameseFormat.share(41, of: 406, precision: 0) == "10%")
        #expect(VietnameseFormat.percent(Decimal(string: "41.68")!, precision: 2) == "41,68%")
        #expect(VietnameseFormat.percent(Decimal(string: "0.25")!, precision: 1) == "0,3%")
        #expect(VietnameseFormat.share(1, of: 0) == nil)
    }

    @Test func countsBelowTenArePadded() {
        #expect(VietnameseFormat.count(4) == "04")
        #expect(VietnameseFormat.count(9) == "09")
        #expect(VietnameseFormat.count(0) == "00")
        #expect(VietnameseFormat.count(81) == "81")
        #expect(VietnameseFormat.count(1185) == "1.185")
    }

    @Test func datesFollowDecree30() {
        #expect(VietnameseFormat.longDate(DocumentDate(year: 2024, month: 1, day: 5)) == "ngày 05 tháng 01 năm 2024")
        #expect(VietnameseFormat.longDate(DocumentDate(year: 2023, month: 5, day: 25)) == "ngày 25 tháng 5 năm 2023")
        #expect(VietnameseFormat.longDate(DocumentDate(year: 2023, month: 2, day: 9)) == "ngày 09 tháng 02 năm 2023")
        #expect(VietnameseFormat.placeAndDate(place: "Cao Bằng", date: DocumentDate(year: 2023, month: 5, day: 25))
                == "Cao Bằng, ngày 25 tháng 5 năm 2023")
        #expect(VietnameseFormat.placeAndDate(place: "Cao Bằng", date: DocumentDate(year: 2023, month: 5))
                == "Cao Bằng, ngày \(VietnameseFormat.blank) tháng 5 năm 2023")
        #expect(VietnameseFormat.shortDate(day: 8, month: 11, year: 2021) == "08/11/2021")
        #expect(VietnameseFormat.shortDate(day: 27, month: 7, year: 2014) == "27/7/2014")
    }

    @Test func documentNumbersArePaddedBelowTen() {
        #expect(VietnameseFormat.numberLine(DocumentNumber(sequence: 7, symbol: "BC-VP")) == "Số: 07/BC-VP")
        #expect(VietnameseFormat.numberLine(DocumentNumber(sequence: 125, symbol: "BC-VP")) == "Số: 125/BC-VP")
        #expect(VietnameseFormat.numberLine(DocumentNumber(sequence: nil, symbol: "BC-VP")) == "Số:       /BC-VP")
        #expect(DocumentNumber(parsing: "125/BC-VP") == DocumentNumber(sequence: 125, symbol: "BC-VP"))
        #expect(DocumentNumber(parsing: "/BC-VP") == DocumentNumber(sequence: nil, symbol: "BC-VP"))
        #expect(DocumentNumber(parsing: "BC-VP") == nil)
        #expect(DocumentNumber(parsing: "12/BC VP") == nil)
    }

    @Test func isoDatesAreValidated() {
        #expect(DocumentDate(iso: "2023-05-25") == DocumentDate(year: 2023, month: 5, day: 25))
        #expect(DocumentDate(iso: "2023-05") == DocumentDate(year: 2023, month: 5))
        #expect(DocumentDate(iso: "2023-02-30") == nil)
        #expect(DocumentDate(iso: "2023-13-01") == nil)
        #expect(DocumentDate(iso: "25/05/2023") == nil)
    }

    @Test func parsesVietnameseNumbersAndFlagsAmbiguousOnes() throws {
        #expect(try VietnameseNumberParser.parse("3.384").value == 3384)
        let amount = try VietnameseNumberParser.parse("2.344,844")
        #expect(amount.value == Decimal(string: "2344.844"))
        #expect(amount.fractionDigits == 3)
        #expect(try VietnameseNumberParser.parse("66,2").value == Decimal(string: "66.2"))
        #expect(throws: VietnameseNumberParser.Problem.ambiguous("1,234")) { try VietnameseNumberParser.parse("1,234", strict: true) }
        #expect(throws: VietnameseNumberParser.Problem.notANumber("12.34")) { try VietnameseNumberParser.parse("12.34") }
        #expect(throws: VietnameseNumberParser.Problem.notANumber("abc")) { try VietnameseNumberParser.parse("abc") }
    }

    @Test func readsNumbersFromTheirDigits() throws {
        let read: [(String, String, Int)] = [
            ("1.234.567,5", "1234567.5", 1), ("-1.234", "-1234", 0), ("−5", "-5", 0), ("1\u{00A0}234", "1234", 0),
            (" 007 ", "7", 0), ("0,0100", "0.01", 4), ("41,68", "41.68", 2), ("123.456.789.012.345.678.901,25", "123456789012345678901.25", 2),
        ]
        for (text, value, digits) in read {
            let number = try VietnameseNumberParser.parse(text)
            #expect(number.value == Decimal(string: value) && number.fractionDigits == digits, "\(text)")
        }
        for text in ["", "-", "1..234", ",5", "1,", "1,2,3", "1.23", "12.345.67", "1,2.3", "1.234,", "+5", "5©", ".5", "1.2345"] {
            #expect(throws: VietnameseNumberParser.Problem.notANumber(text)) { try VietnameseNumberParser.parse(text) }
        }
        #expect(throws: VietnameseNumberParser.Problem.ambiguous("-1,234")) { try VietnameseNumberParser.parse("-1,234", strict: true) }
        #expect(try VietnameseNumberParser.parse("1.234,567", strict: true).fractionDigits == 3)
    }
}

@Suite("Roman numerals and heading numbers")
struct HeadingNumberTests {
    @Test(arguments: [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (2023, "MMXXIII")])
    func romanNumeralsRoundTrip(value: Int, text: String) {
        #expect(RomanNumeral.string(value) == text)
        #expect(RomanNumeral.value(text) == value)
    }

    @Test func rejectsNonCanonicalRomanNumerals() {
        #expect(RomanNumeral.value("IIII") == nil)
        #expect(RomanNumeral.value("") == nil)
    }

    @Test func readsReportHeadingNumbers() {
        #expect(HeadingNumber(parsing: "II.") == .roman(2))
        #expect(HeadingNumber(parsing: "3.") == .decimal([3]))
        #expect(HeadingNumber(parsing: "3.1.") == .decimal([3, 1]))
        #expect(HeadingNumber(parsing: "đ)") == .letter(5))
        #expect(HeadingNumber(parsing: "Thực") == nil)
        #expect(HeadingNumber(parsing: "2023") == nil)
        #expect(HeadingNumber.roman(1).next.text == "II.")
        #expect(HeadingNumber.decimal([3, 1]).next.text == "3.2.")
        #expect(HeadingNumber.letter(4).next.text == "đ)")
        #expect(HeadingNumber.split("3.1. Chương trình")?.rest == "Chương trình")
        #expect(HeadingNumber.decimal([3, 1]).level == 3)
    }
}

@Suite("The report model")
struct ReportModelTests {
    @Test func tableGridResolvesSpans() {
        let table = Table(headerRowCount: 1, rows: [
            TableRow(cells: [TableCell(text: "A", rowSpan: 2), TableCell(text: "B", columnSpan: 2)]),
            TableRow(cells: [TableCell(text: "C"), TableCell(text: "D")]),
        ])
        let grid = table.grid()
        #expect(table.columnCount == 3)
        #expect(grid[0] == [.origin(row: 0, index: 0), .origin(row: 0, index: 1), .coveredHorizontally(originRow: 0, originIndex: 1)])
        #expect(grid[1] == [.coveredVertically(originRow: 0, originIndex: 0), .origin(row: 1, index: 0), .origin(row: 1, index: 1)])
    }

    @Test func jsonRoundTripsAndCarriesTheVersion() throws {
        let report = Report(
            header: DocumentHeader(parentBody: "UBND TỈNH CAO BẰNG", issuingBody: "VĂN PHÒNG",
                                   number: DocumentNumber(sequence: 125, symbol: "BC-VP"), place: "Cao Bằng",
                                   date: DocumentDate(year: 2023, month: 5, day: 25)),
            subject: "Công tác chỉ đạo điều hành tháng 5 năm 2023",
            sections: [Section(number: "I.", title: [.text("Kết quả")], blocks: [
                .paragraph([.text("Có "), .styled(.bold, [.text("04")]), .text(" cuộc họp"), .footnoteReference("1")]),
                .list(ListBlock(items: [[.paragraph([.text("một")])]])),
                .table(Table(rows: [TableRow(cells: [TableCell(text: "x", columnSpan: 2)])])),
                .pageBreak,
            ])],
            footnotes: [Footnote(id: "1", blocks: [.paragraph([.text("Chi tiết")])])],
            distribution: DistributionList(recipients: ["Chủ tịch"], archive: "VT, TH(Nh)"),
            signature: Signature(lines: ["CHÁNH VĂN PHÒNG"], name: "Trịnh Sỹ Tài"))
        let data = try JSONEncoder().encode(report)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"formatVersion\":1"))
        #expect(try JSONDecoder().decode(Report.self, from: data) == report)
    }

    @Test func distributionItemsEndWithSemicolonsAndTheArchiveLine() {
        let list = DistributionList(recipients: ["Chủ tịch, các PCT UBND tỉnh", "Ban Dân vận Tỉnh ủy"], archive: "VT, TH(Nh)")
        #expect(list.printedItems == ["- Chủ tịch, các PCT UBND tỉnh;", "- Ban Dân vận Tỉnh ủy;", "- Lưu: VT, TH(Nh)."])
    }

    @Test func textIsNormalisedToNFC() throws {
        let decomposed = "Ho\u{0323}p"  // "Họp" with a combining dot below
        let text = try TextDecoding.utf8(Data(decomposed.utf8), source: "x.md")
        #expect(text == "Họp".precomposedStringWithCanonicalMapping)
        #expect(text.unicodeScalars.count == 3)
    }

    @Test func normalisationSkipsOnlyTextThatIsAlreadyNFC() {
        #expect("Cộng hòa xã hội – “Độc lập” ₫".isKnownNFC)
        #expect(!"Ho\u{0323}p".isKnownNFC)
        #expect("\u{212B}".nfc == "\u{00C5}")  // ANGSTROM SIGN is not NFC by itself
        #expect("Ho\u{0323}p".nfc == "H\u{1ECD}p")
    }

    @Test func theByteTestForKnownNFCAgreesWithTheScalarTestForEveryScalar() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            if text.isKnownNFC != String.isKnownNFC(scalar) { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty)
    }

    @Test func invalidUTF8NamesTheLine() {
        let bytes = Data("một\nhai\nba ".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        #expect(throws: BaoCaoError.badInput(.invalidUTF8(byte: 14), at: SourceLocation(file: "x.md", line: 3))) {
            try TextDecoding.utf8(bytes, source: "x.md")
        }
    }

    @Test func layoutRefusesValuesOutsideDecree30() {
        var layout = PageLayout()
        #expect(throws: Never.self) { try layout.validate() }
        layout.marginLeft = 25
        #expect(throws: BaoCaoError.self) { try layout.validate() }
    }
}
