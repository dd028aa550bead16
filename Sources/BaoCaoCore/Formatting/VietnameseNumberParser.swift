import Foundation

/// Reads numbers written in the Vietnamese style ("3.384", "2.344,844", "66,2") back into values.
public enum VietnameseNumberParser {
    /// The locale of the digits handed to `Decimal`, made once (a locale is costly to build per number).
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A number read from text, with the precision it was written with.
    public struct Value: Hashable, Sendable {
        /// The exact value.
        public var value: Decimal
        /// How many decimals the text had (kept when the number is printed again).
        public var fractionDigits: Int
    }

    /// Why a piece of text is not a clean Vietnamese number.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not a number at all.
        case notANumber(String)
        /// "1.234" could be a thousand-grouped integer or an English decimal; "1,234" likewise.
        case ambiguous(String)

        public var description: String {
            switch self {
            case .notANumber(let text): return "'\(text)' is not a number"
            case .ambiguous(let text): return "'\(text)' is ambiguous: write thousands with '.' and decimals with ',' (for example 1.234 or 1,5)"
            }
        }
    }

    /// Parses "3.384", "2.344,844", "66,2", "-5" or "1234".
    ///
    /// - Parameter strict: when true, a lone "," followed by exactly three digits ("1,234", which an
    ///   English spreadsheet means as one thousand two hundred thirty-four) is reported as ambiguous.
    public static func parse(_ raw: String, strict: Bool = false) throws(Problem) -> Value {
        // One pass over the UTF-8 bytes, no-break spaces (C2 A0, which may group thousands) left out.
        var bytes = raw.trimmedWhitespace.utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        } else if bytes.starts(with: [0xE2, 0x88, 0x92]) {  // "−", the minus sign
            negative = true
            bytes = bytes.dropFirst(3)
        }
        var digits: [UInt8] = []
        var commas = 0, groups = 1, firstGroup = 0, group = 0, fractionDigits = 0
        var wellGrouped = true, dotInFraction = false, afterNoBreak = false, empty = true
        for byte in bytes {
            if afterNoBreak {
                afterNoBreak = false
                if byte == 0xA0 { continue }
                throw .notANumber(raw)
            }
            empty = false
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
                if commas == 0 { group += 1 } else { fractionDigits += 1 }
            case UInt8(ascii: "."):
                if commas > 0 {
                    dotInFraction = true
                } else {
                    if groups == 1 { firstGroup = group } else if group != 3 { wellGrouped = false }
                    groups += 1
                    group = 0
                }
            case UInt8(ascii: ","):
                commas += 1
            case 0xC2:
                afterNoBreak = true
            default:
                throw .notANumber(raw)
            }
        }
        if groups == 1 { firstGroup = group } else if group != 3 { wellGrouped = false }
        let integerEmpty = groups == 1 && firstGroup == 0
        guard !empty, !afterNoBreak, commas <= 1, !integerEmpty, !dotInFraction, commas == 0 || fractionDigits > 0 else {
            throw .notANumber(raw)
        }
        if groups > 1 {
            guard (1...3).contains(firstGroup), wellGrouped else { throw .notANumber(raw) }
        }
        if strict, commas == 1, groups == 1, fractionDigits == 3 { throw .ambiguous(raw) }
        guard var value = decimal(digits, fractionDigits: fractionDigits) else { throw .notANumber(raw) }
        if negative { value = -value }
        return Value(value: value, fractionDigits: fractionDigits)
    }

    /// The decimal of ASCII `digits` of which the last `fractionDigits` follow the decimal point:
    /// built from the digits themselves when they fit 64 bits and at most 38 decimals (no text
    /// parsing per number), by `Decimal(string:)` when they do not.
    private static func decimal(_ digits: some Collection<UInt8>, fractionDigits: Int) -> Decimal? {
        let significant = digits.drop { $0 == UInt8(ascii: "0") }
        guard significant.count <= 19, fractionDigits <= 38 else {
            var text = String(decoding: digits, as: UTF8.self)
            if fractionDigits > 0 { text.insert(".", at: text.index(text.endIndex, offsetBy: -fractionDigits)) }
            return Decimal(string: text, locale: posix)
        }
        let mantissa = significant.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
    }
}
