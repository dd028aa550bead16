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
        let text = trimmed.unicodeScalars.contains("\u{00A0}") ? trimmed.replacingOccurrences(of: "\u{00A0}", with: "") : trimmed
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "−" {
            negative = true
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            throw .notANumber(raw)
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .notANumber(raw) }
        let integerPart = parts[0]
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw .notANumber(raw)
            }
        }
        guard !integerPart.isEmpty else { throw .notANumber(raw) }
        let fraction = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 {
            guard !fraction.isEmpty, !fraction.contains(".") else { throw .notANumber(raw) }
            if strict, groups.count == 1, fraction.count == 3 { throw .ambiguous(raw) }
        }
        let digits = groups.joined() + (fraction.isEmpty ? "" : "." + fraction)
        guard var value = Decimal(string: digits, locale: posix) else { throw .notANumber(raw) }
        if negative { value = -value }
        return Value(value: value, fractionDigits: fraction.count)
    }
}
