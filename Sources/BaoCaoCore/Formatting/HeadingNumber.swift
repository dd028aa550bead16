/// A heading number of a báo cáo ("phần, mục, khoản, điểm"): "I.", "1.", "1.1.", "a)".
public enum HeadingNumber: Hashable, Sendable {
    /// A "Mục": a Roman numeral, "I.".
    case roman(Int)
    /// A "Khoản" or a deeper decimal level: "1." is `[1]`, "3.1." is `[3, 1]`.
    case decimal([Int])
    /// An "Điểm": a letter of the Vietnamese alphabet, "a)".
    case letter(Int)

    /// The Vietnamese alphabet's letters as used for points: a, b, c, d, đ, e, … (no f, j, w, z).
    public static let letters: [String] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
    ]

    /// Reads a number token such as "II.", "2.", "3.1.", "3.1" or "b)"; `nil` for anything else.
    public init?(parsing token: String) {
        if token.hasSuffix(")") {
            let letter = String(token.dropLast())
            guard let index = HeadingNumber.letters.firstIndex(of: letter) else { return nil }
            self = .letter(index + 1)
            return
        }
        let body = token.hasSuffix(".") ? String(token.dropLast()) : token
        if let roman = RomanNumeral.value(body), token.hasSuffix(".") {
            self = .roman(roman)
            return
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let values = parts.compactMap { $0.count <= 3 && $0.allSatisfy(\.isASCII) ? Int($0) : nil }
        guard !parts.isEmpty, values.count == parts.count, values.allSatisfy({ $0 > 0 }),
            token.hasSuffix(".") || values.count > 1
        else { return nil }
        self = .decimal(values)
    }

    /// Splits a heading or paragraph text into its leading number and the rest, if it starts with one.
    ///
    ///     HeadingNumber.split("3.1. Chương trình") // (.decimal([3, 1]), "3.1.", "Chương trình")
    public static func split(_ text: String) -> (number: HeadingNumber, token: String, rest: String)? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let token = String(text[..<space])
        guard let number = HeadingNumber(parsing: token) else { return nil }
        let rest = text[space...].drop { $0 == " " || $0 == "\t" }
        return (number, token, String(rest))
    }

    /// The outline level this kind of number belongs to: I. → 1, 1. → 2, 1.1. → 3, a) → the level after the decimals.
    public var level: Int {
        switch self {
        case .roman: return 1
        case .decimal(let parts): return 1 + parts.count
        case .letter: return 4
        }
    }

    /// The canonical text: "I.", "3.1.", "a)".
    public var text: String {
        switch self {
        case .roman(let value): return RomanNumeral.string(value) + "."
        case .decimal(let parts): return parts.map(String.init).joined(separator: ".") + "."
        case .letter(let index): return (index <= HeadingNumber.letters.count ? HeadingNumber.letters[index - 1] : "?") + ")"
        }
    }

    /// The number that should follow this one at the same level: I. → II., 3.1. → 3.2., a) → b).
    public var next: HeadingNumber {
        switch self {
        case .roman(let value): return .roman(value + 1)
        case .decimal(let parts): return .decimal(parts.dropLast() + [(parts.last ?? 0) + 1])
        case .letter(let index): return .letter(index + 1)
        }
    }

    /// The first number of this kind: I., 1. (or 3.1. under 3.), a).
    public var first: HeadingNumber {
        switch self {
        case .roman: return .roman(1)
        case .decimal(let parts): return .decimal(parts.dropLast() + [1])
        case .letter: return .letter(1)
        }
    }
}
