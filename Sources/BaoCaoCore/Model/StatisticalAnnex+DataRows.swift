/// The statistical annex as data (CSV, XLSX): one row per value of an indicator, with the
/// provenance the printed annex leaves out and a flag on the values the tool computed.
extension StatisticalAnnex {
    /// The header row of ``dataRows``.
    public static let dataColumns = [
        "Lĩnh vực", "STT", "Chỉ tiêu", "ĐVT", "Chỉ số", "Giá trị", "Tính toán", "Mã số liệu", "Đơn vị báo cáo", "Tệp", "Dòng",
    ]

    /// The index of the "Giá trị" column (the value as printed) in ``dataColumns``.
    public static let valueColumn = 5

    /// The value of the "Tính toán" column for a value the tool computed.
    public static let computedMark = "có"

    /// The rows, sectors and indicators in order, each indicator's values in measure order.
    public var dataRows: [[String]] {
        sectors.enumerated().flatMap { sectorIndex, sector in
            sector.indicators.enumerated().flatMap { index, indicator in
                indicator.values.map { value in
                    [
                        sector.title, "\(RomanNumeral.string(sectorIndex + 1)).\(index + 1)", indicator.label,
                        value.measure == .value || value.measure == .cumulative ? indicator.unit : "%", value.measure.heading,
                        value.text, value.isComputed ? Self.computedMark : "", value.code, value.source.department,
                        value.source.file, value.source.line.map(String.init) ?? "",
                    ]
                }
            }
        }
    }
}
