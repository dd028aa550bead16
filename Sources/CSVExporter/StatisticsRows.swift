import BaoCaoCore

/// The statistical annex of an assembled report as CSV rows: one row per value of an indicator,
/// with the provenance the printed annex leaves out and a flag on the values the tool computed.
enum StatisticsRows {
    /// The header row.
    static let columns = [
        "Lĩnh vực", "STT", "Chỉ tiêu", "ĐVT", "Chỉ số", "Giá trị", "Tính toán", "Mã số liệu", "Đơn vị báo cáo", "Tệp", "Dòng",
    ]

    /// The value of the "Tính toán" column for a value the tool computed.
    static let computedMark = "có"

    /// The rows of `annex`, sectors and indicators in order, each indicator's values in measure order.
    static func rows(_ annex: StatisticalAnnex) -> [[String]] {
        annex.sectors.enumerated().flatMap { sectorIndex, sector in
            sector.indicators.enumerated().flatMap { index, indicator in
                indicator.values.map { value in
                    [
                        sector.title, "\(RomanNumeral.string(sectorIndex + 1)).\(index + 1)", indicator.label,
                        value.measure == .value || value.measure == .cumulative ? indicator.unit : "%", value.measure.heading,
                        value.text, value.isComputed ? computedMark : "", value.code, value.source.department,
                        value.source.file, value.source.line.map(String.init) ?? "",
                    ]
                }
            }
        }
    }
}
