/// The numbers word processors show before numbered headings and list items, in their styles.
///
///     NumberLabel.text(4, .upperRoman) // "IV"
///     NumberLabel.text(28, .lowerLetter) // "bb"
package enum NumberLabel {
    /// How a number is written.
    package enum Style: Hashable, Sendable {
        /// 1, 2, 3
        case decimal
        /// 01, 02, … 10
        case decimalZero
        /// I, II, III
        case upperRoman
        /// i, ii, iii
        case lowerRoman
        /// A, B, … Z, AA
        case upperLetter
        /// a, b, … z, aa
        case lowerLetter
    }

    /// `value` written in `style`.
    package static func text(_ value: Int, _ style: Style) -> String {
        switch style {
        case .decimal: return "\(value)"
        case .decimalZero: return value >= 0 && value < 10 ? "0\(value)" : "\(value)"
        case .upperRoman: return value > 0 ? RomanNumeral.string(value) : "\(value)"
        case .lowerRoman: return value > 0 ? RomanNumeral.string(value).lowercased() : "\(value)"
        case .upperLetter: return letters(value).uppercased()
        case .lowerLetter: return letters(value)
        }
    }

    /// a…z, then aa…zz, and so on (as Word and LibreOffice count).
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: min((value - 1) / 26 + 1, 10))
    }
}
