import Foundation

/// Numbers, percentages, counts and dates written the way Vietnamese official documents write them.
///
/// Thousands are grouped with "." and decimals follow ",": `3.384`, `2.344,844`. Percentages have
/// no space before the sign and no trailing ",0": `66,2%`, `7%`. Decree 30 pads days below 10 and
/// months 1 and 2 in dates, and document numbers below 10; counts below 10 are padded by habit.
public enum VietnameseFormat {
    /// Formats a number with grouping and exactly `fractionDigits` decimals, rounding half up.
    ///
    ///     VietnameseFormat.number(2344.844, fractionDigits: 3) // "2.344,844"
    public static func number(_ value: Decimal, fractionDigits: Int = 0) -> String {
        written(rounded(value, fractionDigits), minimumFractionDigits: fractionDigits)
    }

    /// Formats a number with grouping and at most `maximumFractionDigits` decimals, dropping trailing zeros.
    public static func trimmedNumber(_ value: Decimal, maximumFractionDigits: Int) -> String {
        written(rounded(value, maximumFractionDigits), minimumFractionDigits: 0)
    }

    /// `value` rounded half up (away from zero) to `digits` decimals, exactly, in decimal arithmetic.
    private static func rounded(_ value: Decimal, _ digits: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, digits, .plain)
        return output
    }

    /// An already rounded `value` with "." between groups of three integer digits and "," before
    /// the decimals, whose trailing zeros are dropped or added to keep `minimumFractionDigits`.
    ///
    /// Works on the digits of the exact decimal expansion, so no figure goes through a binary
    /// floating-point number or a locale (ICU) on the way.
    private static func written(_ value: Decimal, minimumFractionDigits: Int) -> String {
        // The exact expansion, without exponent or grouping: "-2344.844".
        let plain = Array(value.plainText.utf8)
        let negative = plain.first == UInt8(ascii: "-")
        let unsigned = plain.dropFirst(negative ? 1 : 0)
        let point = unsigned.firstIndex(of: UInt8(ascii: "."))
        let integer = unsigned[..<(point ?? unsigned.endIndex)]
        var fraction = point.map { Array(unsigned[($0 + 1)...]) } ?? []
        while fraction.count > minimumFractionDigits, fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        fraction += repeatElement(UInt8(ascii: "0"), count: max(0, minimumFractionDigits - fraction.count))

        var bytes: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        for (offset, digit) in integer.enumerated() {
            if offset > 0, (integer.count - offset) % 3 == 0 { bytes.append(UInt8(ascii: ".")) }
            bytes.append(digit)
        }
        if !fraction.isEmpty { bytes += [UInt8(ascii: ",")] + fraction }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Formats a percentage, rounded half up to `precision` decimals, without a trailing ",0".
    ///
    ///     VietnameseFormat.percent(66.245, precision: 1) // "66,2%"
    ///     VietnameseFormat.percent(7.004, precision: 1)  // "7%"
    public static func percent(_ value: Decimal, precision: Int = 1) -> String {
        trimmedNumber(value, maximumFractionDigits: precision) + "%"
    }

    /// The share `part / whole` in percent, rounded half up to `precision` decimals; `nil` when `whole` is 0.
    public static func share(_ part: Int, of whole: Int, precision: Int = 1) -> String? {
        guard whole != 0 else { return nil }
        return percent(Decimal(part) * 100 / Decimal(whole), precision: precision)
    }

    /// Formats a count: below 10 padded with a zero ("04", "09"), otherwise grouped ("1.185").
    public static func count(_ value: Int) -> String {
        (0..<10).contains(value) ? padded(value) : number(Decimal(value))
    }

    /// Pads a non-negative number below 10 with a leading zero: 5 → "05".
    public static func padded(_ value: Int) -> String {
        (0..<10).contains(value) ? "0\(value)" : "\(value)"
    }

    /// The month as Decree 30 writes it in a date: 1 and 2 padded ("01", "02"), the others not.
    public static func month(_ month: Int) -> String {
        month <= 2 ? padded(month) : "\(month)"
    }

    /// The spelled-out date of Decree 30: "ngày 05 tháng 01 năm 2024"; a missing day leaves a blank.
    public static func longDate(_ date: DocumentDate) -> String {
        let day = date.day.map(padded) ?? blank
        return "ngày \(day) tháng \(month(date.month)) năm \(date.year)"
    }

    /// The place-and-date line: "Cao Bằng, ngày 25 tháng 5 năm 2023".
    public static func placeAndDate(place: String?, date: DocumentDate?) -> String {
        let when = date.map(longDate) ?? "ngày \(blank) tháng \(blank) năm \(blank)"
        guard let place, !place.isEmpty else { return when }
        return "\(place), \(when)"
    }

    /// The number line of the header: "Số: 125/BC-VP", or "Số:      /BC-VP" for a draft.
    public static func numberLine(_ number: DocumentNumber?) -> String {
        guard let number else { return "Số: \(blank)" }
        guard let sequence = number.sequence else { return "Số: \(blank)/\(number.symbol)" }
        return "Số: \(padded(sequence))/\(number.symbol)"
    }

    /// A short numeric date as in body text: "08/11/2021", "27/7/2014" (day padded, months 1–2 padded).
    public static func shortDate(day: Int, month: Int, year: Int) -> String {
        "\(padded(day))/\(self.month(month))/\(year)"
    }

    /// The blank a clerk fills in by hand (six spaces, as in the official forms).
    public static let blank = "      "
}
