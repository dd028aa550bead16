import BaoCaoCore
import Foundation

/// How the statistics CSV of an assembly is written.
public enum StatisticsCSVDialect: String, Hashable, Sendable, CaseIterable {
    /// What Excel in a Vietnamese locale opens as columns (the default): `;` between fields,
    /// Vietnamese numbers (1.185, 2.344,844), a UTF-8 byte order mark, CRLF line ends.
    case excel
    /// RFC 4180 for tools: `,` between fields, numbers with a decimal point and no grouping
    /// (1185, 2344.844), no byte order mark, CRLF line ends.
    case rfc4180

    /// The field separator.
    var delimiter: UnicodeScalar { self == .excel ? ";" : "," }

    /// The bytes that start the file.
    var preamble: Data { self == .excel ? Data([0xEF, 0xBB, 0xBF]) : Data() }

    /// `value` with `fractionDigits` decimals, as this dialect writes numbers.
    func number(_ value: Decimal, fractionDigits: Int) -> String {
        let vietnamese = VietnameseFormat.number(value, fractionDigits: fractionDigits)
        guard self == .rfc4180 else { return vietnamese }
        return vietnamese.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    }
}
