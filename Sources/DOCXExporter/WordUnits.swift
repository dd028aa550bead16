/// Conversions from the decree's units (mm, cm, pt) to WordprocessingML's integers.
enum WordUnits {
    /// Twentieths of a point from centimetres.
    static func twips(cm: Double) -> Int { Int((cm * 1440 / 2.54).rounded()) }

    /// Twentieths of a point from millimetres.
    static func twips(mm: Double) -> Int { twips(cm: mm / 10) }

    /// Twentieths of a point from points.
    static func twips(points: Double) -> Int { Int((points * 20).rounded()) }

    /// Half-points (`w:sz`) from points.
    static func halfPoints(_ points: Double) -> Int { Int((points * 2).rounded()) }

    /// The `w:line` value of "auto" line spacing: 240 per single line.
    static func autoLine(_ multiple: Double) -> Int { Int((multiple * 240).rounded()) }
}
