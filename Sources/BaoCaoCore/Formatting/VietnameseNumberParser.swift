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
        let trimmed = raw.trimmedWhitespace
        // The text's UTF-8 without no-break spaces (C2 A0), which may group thousands.
        var bytes = Array(trimmed.utf8)
        if bytes.contains(0xC2) { bytes = withoutNoBreakSpaces(bytes) }
        var body = bytes[...]
        var negative = false
        if body.first == UInt8(ascii: "-") {
            negative = true
            body = body.dropFirst()
        } else if body.starts(with: [0xE2, 0x88, 0x92]) {  // "−", the minus sign
            negative = true
            body = body.dropFirst(3)
        }
        guard !body.isEmpty, body.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) else {
            throw .notANumber(raw)
        }
        let parts = body.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .notANumber(raw) }
        let integerPart = parts[0]
        let groups = integerPart.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .notANumber(raw)
            }
        }
        guard !integerPart.isEmpty else { throw .notANumber(raw) }
        let fraction = parts.count == 2 ? parts[1] : []
        if parts.count == 2 {
            guard !fraction.isEmpty, !fraction.contains(UInt8(ascii: ".")) else { throw .notANumber(raw) }
            if strict, groups.count == 1, fraction.count == 3 { throw .ambiguous(raw) }
        }
        guard var value = decimal(groups.joined() + fraction, fractionDigits: fraction.count) else { throw .notANumber(raw) }
        if negative { value = -value }
        return Value(value: value, fractionDigits: fraction.count)
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

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func withoutNoBreakSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }
}
