import BaoCaoCore
import Foundation

/// How the shares of a task tally are rounded: how many decimals, and how ties and totals are handled.
///
/// The seed prints the month's shares as whole numbers (73%, 17%, 10%) and the five months' with one
/// decimal (66,2%, 7%, 26,8%), both rounded half up; the precision is set per figure in the outline.
public struct ShareRounding: Hashable, Sendable {
    /// How the rounded shares are chosen.
    public enum Method: String, Hashable, Sendable {
        /// Each share rounded half up on its own (the seed's way).
        case halfUp = "half_up"
        /// Largest remainder: the shares always add up to exactly 100%.
        case largestRemainder = "largest_remainder"
    }

    /// Decimals kept (0 gives "73%", 1 gives "66,2%").
    public var precision: Int
    /// The rounding method.
    public var method: Method

    /// Creates a rounding rule; the default is one decimal, half up.
    public init(precision: Int = 1, method: Method = .halfUp) {
        self.precision = precision
        self.method = method
    }

    /// The shares of `parts` in `whole`, in percent, rounded by this rule; empty when `whole` is 0.
    public func shares(of parts: [Int], in whole: Int) -> [Decimal] {
        guard whole > 0 else { return [] }
        if method == .halfUp, let shares = Self.halfUpInIntegers(parts, in: whole, precision: precision) {
            return shares
        }
        let scale = Self.power(precision)
        let exact = parts.map { Decimal($0) * 100 * scale / Decimal(whole) }
        switch method {
        case .halfUp:
            return exact.map { Self.rounded($0, mode: .plain) / scale }
        case .largestRemainder:
            var floors = exact.map { Self.rounded($0, mode: .down) }
            let target = 100 * scale - floors.reduce(0, +)
            let order = exact.indices.sorted { (exact[$0] - floors[$0], $1) > (exact[$1] - floors[$1], $0) }
            var remaining = NSDecimalNumber(decimal: target).intValue
            for index in order where remaining > 0 {
                floors[index] += 1
                remaining -= 1
            }
            return floors.map { $0 / scale }
        }
    }

    /// A share as printed: "73%", "66,2%", "7%".
    public func text(_ share: Decimal) -> String {
        VietnameseFormat.percent(share, precision: precision)
    }

    /// The half-up shares in exact integer arithmetic, `⌊(2·part·100·10^precision + whole) / (2·whole)⌋`
    /// scaled back by the exponent, the same `Decimal`s (representation included) as rounding the
    /// decimal quotient and dividing by 10^precision give, without a `Decimal` division (some
    /// 50 000 instructions each); `nil` for a negative part, more than 9 decimals or products past `Int`.
    private static func halfUpInIntegers(_ parts: [Int], in whole: Int, precision: Int) -> [Decimal]? {
        guard (0...9).contains(precision), whole <= Int.max / 2 else { return nil }
        let factor = (0..<precision).reduce(200) { value, _ in value * 10 }
        var shares: [Decimal] = []
        shares.reserveCapacity(parts.count)
        for part in parts {
            let (twice, overflow) = part.multipliedReportingOverflow(by: factor)
            guard part >= 0, !overflow, twice <= Int.max - whole else { return nil }
            // A quotient is compact: no trailing zero is left in the mantissa while decimals remain.
            var digits = (twice + whole) / (2 * whole)
            var exponent = -precision
            while exponent < 0, digits != 0, digits % 10 == 0 {
                digits /= 10
                exponent += 1
            }
            shares.append(digits == 0 ? Decimal(0) : Decimal(sign: .plus, exponent: exponent, significand: Decimal(digits)))
        }
        return shares
    }

    private static func power(_ n: Int) -> Decimal {
        (0..<max(0, n)).reduce(Decimal(1)) { value, _ in value * 10 }
    }

    private static func rounded(_ value: Decimal, mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 0, mode)
        return output
    }
}
