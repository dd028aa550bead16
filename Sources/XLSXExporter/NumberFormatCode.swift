/// Number format codes that show numbers the Vietnamese way (`3.384`, `41,68`) whatever the
/// reader's locale: the code is written in the file's en-US syntax with the Vietnamese locale tag
/// `[$-42A]`, which Excel and LibreOffice display with a thousands dot and a decimal comma.
public enum NumberFormatCode {
    /// Grouped thousands and exactly `fractionDigits` decimals: `[$-42A]#,##0.00` for 41,68.
    public static func vietnamese(fractionDigits: Int) -> String {
        fractionDigits > 0 ? "[$-42A]#,##0." + String(repeating: "0", count: fractionDigits) : "[$-42A]#,##0"
    }

    /// Grouped thousands, one to three decimals, for cells still to be filled (`98,3`, `2.344,844`,
    /// `100,0`; a code with only optional decimals would print `100,`): `[$-42A]#,##0.0##`.
    public static let vietnameseDecimal = "[$-42A]#,##0.0##"
}
