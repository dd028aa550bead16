/// How the CSV exporter writes its table.
public enum CSVDialect: String, Hashable, Sendable, CaseIterable {
    /// What Excel in a Vietnamese locale opens as columns: `;` between fields, numbers as Vietnamese
    /// write them (1.185, 2.344,8), a UTF-8 byte order mark, CRLF line ends.
    case excel
    /// RFC 4180 for tools: `,` between fields, CRLF line ends, no byte order mark unless asked; the
    /// statistics values with a decimal point and no grouping (1185, 2344.8).
    case rfc4180

    /// The field separator.
    public var delimiter: String { self == .excel ? ";" : "," }

    /// A value of the statistics annex, printed Vietnamese style ("2.344,8"), as this dialect writes it.
    public func statisticsValue(_ printed: String) -> String {
        guard self == .rfc4180 else { return printed }
        return String(printed.compactMap { $0 == "." ? nil : $0 == "," ? "." : $0 })
    }
}
