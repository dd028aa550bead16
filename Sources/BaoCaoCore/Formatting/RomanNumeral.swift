/// Roman numerals as used for "Mục" headings (I., II., …) and annex numbers.
public enum RomanNumeral {
    private static let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// Writes 1...3999 in upper-case Roman numerals; returns the decimal digits outside that range.
    public static func string(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount {
                out += letters
                rest -= amount
            }
        }
        return out
    }

    /// Reads an upper-case Roman numeral; `nil` unless it is the canonical spelling of 1...3999.
    public static func value(_ text: String) -> Int? {
        var total = 0
        var rest = Substring(text)
        for (amount, letters) in table {
            while rest.hasPrefix(letters) {
                total += amount
                rest = rest.dropFirst(letters.count)
            }
        }
        guard rest.isEmpty, total > 0, string(total) == text else { return nil }
        return total
    }
}
