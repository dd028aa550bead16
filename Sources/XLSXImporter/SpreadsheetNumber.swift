import BaoCaoCore
import Foundation

/// Numbers as a spreadsheet cell stores them (`<v>41.68</v>`).
public enum SpreadsheetNumber {
    /// The locale of the file's number syntax, made once (a locale is costly to build per cell).
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The decimal a cell's `<v>` text stands for, kept to 15 significant digits (what Excel shows),
    /// so that 0,1 + 0,2 stored as 0.30000000000000004 reads as 0,3 while 41.68 stays 41,68.
    public static func decimal(_ lexical: String) -> Decimal? {
        guard var value = Decimal(string: lexical, locale: posix), value.isFinite else { return nil }
        guard !value.isZero else { return 0 }
        let magnitude = Int(log10(abs(NSDecimalNumber(decimal: value).doubleValue)).rounded(.down))
        var input = value
        NSDecimalRound(&value, &input, 14 - magnitude, .plain)
        return value
    }

    /// `value` written the Vietnamese way without grouping: "41,68", "-17", "1185".
    public static func vietnamese(_ value: Decimal) -> String {
        "\(value)".replacingASCII(".", with: ",")
    }
}
