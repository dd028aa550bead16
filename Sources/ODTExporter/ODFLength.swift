/// Lengths written the same way on every run: at most three decimals, trailing zeros dropped,
/// a dot as decimal separator whatever the locale.
enum ODFLength {
    /// "2.5cm", "0cm".
    static func cm(_ value: Double) -> String { number(value) + "cm" }

    /// "14pt", "6.5pt".
    static func pt(_ value: Double) -> String { number(value) + "pt" }

    /// "100%", "150%".
    static func percent(_ value: Double) -> String { number(value) + "%" }

    /// The number with at most three decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        var text = "\(magnitude / 1000)"
        var fraction = magnitude % 1000
        if fraction != 0 {
            var digits = ""
            for divisor in [100, 10, 1] where fraction != 0 {
                digits += "\(fraction / divisor)"
                fraction %= divisor
            }
            text += "." + digits
        }
        return sign + text
    }
}
