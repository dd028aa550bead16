/// Printed text widths in Times New Roman, from the font's own advance widths, to size the rules
/// under header lines (the motto rule is as long as the motto).
///
/// The widths are those of Liberation Serif 2.1 (Debian's fonts-liberation2), which is drawn to
/// Times New Roman's metrics: the advance of each glyph in font units of 2048 per em, read from the
/// font's `hmtx` table. A Vietnamese letter with a tone mark has the advance of its base letter (ơ,
/// ư, ă, â, ê, ô and đ have their own), which the font keeps for every precomposed letter.
package enum TextMetrics {
    /// The estimated width in cm of `text` set at `size` points, bold or regular.
    package static func width(of text: String, size: Double, bold: Bool = true) -> Double {
        let centimetresPerPoint = 2.54 / 72
        // Printable ASCII, one character a byte (most figures and units): read by byte.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) {
            let advances = bold ? boldASCII : regularASCII
            let units = text.utf8.reduce(0) { $0 + advances[Int($1) - 0x20] }
            return Double(units) / Double(unitsPerEm) * size * centimetresPerPoint
        }
        let table = bold ? boldAdvances : regularAdvances
        var units = 0
        for character in text {
            // A character of the table is its own base; the others are decomposed first.
            units += table[character] ?? table[base(of: character)] ?? unitsPerEm / 2
        }
        return Double(units) / Double(unitsPerEm) * size * centimetresPerPoint
    }

    /// Font units per em in the tables.
    private static let unitsPerEm = 2048

    /// The letter whose advance `character` has: itself without tone marks (keeping the horn,
    /// breve and circumflex, which change the glyph's width or have their own glyph).
    private static func base(of character: Character) -> Character {
        let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter { scalar in
            !(0x0300...0x036F).contains(scalar.value) || [0x031B, 0x0306, 0x0302].contains(scalar.value)
        }
        let kept = String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
        return kept.count == 1 ? kept.first! : character
    }

    /// The characters the tables give, in table order: printable ASCII, then Vietnamese letters and
    /// typographic punctuation.
    private static let characters = Array((0x20..<0x7F).map { Character(Unicode.Scalar($0)!) }) + Array("ĐđƠơƯưĂăÂâÊêÔô–…“”")

    private static let regularWidths = [
        512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, 1024, 1024, 1024, 1024,
        1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, 1886, 1479, 1366, 1366, 1479, 1251, 1139,
        1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479,
        1251, 682, 569, 682, 961, 1024, 682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024,
        1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108, 1479, 1024, 1479, 1083,
        1589, 1110, 1479, 909, 1479, 909, 1251, 909, 1479, 1024, 1024, 2048, 909, 909,
    ]
    private static let regularAdvances = table(regularWidths)
    /// The advances of printable ASCII, U+0020 to U+007E, by code (the start of the list).
    private static let regularASCII = Array(regularWidths.prefix(0x7F - 0x20))

    private static let boldWidths = [
        512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569, 1024, 1024, 1024, 1024,
        1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024, 1905, 1479, 1366, 1479, 1479, 1366, 1251,
        1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479,
        1366, 682, 569, 682, 1190, 1024, 682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706,
        1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065, 1479, 1139, 1593,
        1134, 1630, 1229, 1479, 1024, 1479, 1024, 1366, 909, 1593, 1024, 1024, 2048, 1024, 1024,
    ]
    private static let boldAdvances = table(boldWidths)
    /// The advances of printable ASCII, U+0020 to U+007E, by code (the start of the list).
    private static let boldASCII = Array(boldWidths.prefix(0x7F - 0x20))

    private static func table(_ advances: [Int]) -> [Character: Int] {
        Dictionary(uniqueKeysWithValues: zip(characters, advances))
    }
}
