extension Table {
    /// The relative column widths the DOCX and ODT writers share out the text width by: the
    /// table's own ``columnWidths`` when it gives one positive value per column of `count`,
    /// otherwise equal weights.
    package func columnWeights(count: Int) -> [Double] {
        if let widths = columnWidths, widths.count == count, !widths.contains(where: { $0 <= 0 }) { return widths }
        return Array(repeating: 1, count: count)
    }
}
