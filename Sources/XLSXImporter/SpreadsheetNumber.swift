import BaoCaoCore
import Foundation

/// Numbers as a spreadsheet cell stores them (`<v>41.68</v>`).
public enum SpreadsheetNumber {
    /// The locale of the file's number syntax, made once (a locale is costly to build per cell).
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The decimal a cell's `<v>` text stands for, kept to 15 significant digits (what Excel shows),
    /// so that 0,1 + 0,2 stored as 0.30000000000000004 reads as 0,3 while 41.68 stays 41,68.
    ///
    /// A plain decimal of at most 15 significant digits ("41.68", "-17", what a filled form holds)
    /// is taken from its digits as written; an exponent or a longer number goes through
    /// `Decimal(string:)` and is rounded.
    public static func decimal(_ lexical: String) -> Decimal? {
        if let plain = Plain(lexical) { return plain.decimal }
        guard var value = Decimal(string: lexical, locale: posix), value.isFinite else { return nil }
        guard !value.isZero else { return 0 }
        let magnitude = Int(log10(abs(NSDecimalNumber(decimal: value).doubleValue)).rounded(.down))
        var input = value
        NSDecimalRound(&value, &input, 14 - magnitude, .plain)
        return value
    }

    /// `value` written the Vietnamese way without grouping: "41,68", "-17", "1185".
    public static func vietnamese(_ value: Decimal) -> String {
        "\(value)".replacingASCII(".", with: ",")
    }

    /// A cell's `<v>` text written the Vietnamese way, as `vietnamese(decimal(lexical))`: a plain
    /// decimal straight from its digits ("41.680" → "41,68"), without a `Decimal` in between.
    public static func vietnamese(lexical: String) -> String? {
        if let plain = Plain(lexical) { return plain.vietnamese }
        return decimal(lexical).map(vietnamese)
    }

    /// A number written `-?digits(.digits)?` with at most 15 significant digits: its significant
    /// digits, trailing zeros of the decimals dropped, and where the decimal point goes.
    private struct Plain {
        var negative = false
        /// The digits from the first non-zero one on (empty for zero).
        var digits: [UInt8] = []
        /// How many of `digits` (or zeros before them) follow the decimal point.
        var fractionDigits = 0

        /// The most significant digits a cell's number keeps.
        private static let significantDigits = 15

        init?(_ lexical: String) {
            var inFraction = false
            var sawDigit = false
            for (index, byte) in lexical.utf8.enumerated() {
                switch byte {
                case UInt8(ascii: "-") where index == 0:
                    negative = true
                case UInt8(ascii: ".") where !inFraction && sawDigit:
                    inFraction = true
                    sawDigit = false
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    sawDigit = true
                    if inFraction { fractionDigits += 1 }
                    if !digits.isEmpty || byte != UInt8(ascii: "0") { digits.append(byte) }
                    guard digits.count <= Self.significantDigits, fractionDigits <= 38 else { return nil }
                default:
                    return nil
                }
            }
            guard sawDigit else { return nil }
            while fractionDigits > 0, digits.last == UInt8(ascii: "0") {
                digits.removeLast()
                fractionDigits -= 1
            }
            if digits.isEmpty { fractionDigits = 0 }
        }

        var decimal: Decimal {
            guard !digits.isEmpty else { return 0 }
            let mantissa = digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
            let value = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
            return negative ? -value : value
        }

        /// "41,68", "-0,041", "1000", "0".
        var vietnamese: String {
            guard !digits.isEmpty else { return "0" }
            return Decimal.written(digits: digits, negative: negative, exponent: -fractionDigits, separator: UInt8(ascii: ","))
        }
    }
}
