/// Estimates printed text widths in Times New Roman, to size the rules under header lines.
///
/// The factors come from widths measured in LibreOffice with Liberation Serif (metric-compatible
/// with Times New Roman): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" bold 13 pt is 8.89 cm, and
/// "Độc lập - Tự do - Hạnh phúc" bold 14 pt is 5.73 cm.
package enum TextMetrics {
    /// The estimated width in cm of `text` set in bold at `size` points (header lines are bold).
    package static func width(of text: String, size: Double) -> Double {
        var em = 0.0
        for character in text {
            if character == " " {
                em += 0.25
            } else if character.isUppercase {
                em += 0.66
            } else {
                em += 0.45
            }
        }
        let centimetresPerPoint = 2.54 / 72
        return em * size * centimetresPerPoint
    }
}
