/// The warnings and errors about ``ImportLimits``, in Vietnamese, one place per message.
public enum ImportLimitMessages {
    /// A list or heading numbering declared to start at `declared`, held at `value`.
    public static func startNumber(_ declared: String, heldAt value: Int) -> String {
        "số bắt đầu đánh số \(declared.prefix(40)) vượt giới hạn \(ImportLimits.startNumbers.lowerBound)–\(ImportLimits.startNumbers.upperBound), lấy \(value)"
    }

    /// A list deeper than ``ImportLimits/listLevels``, kept at the deepest level.
    public static var listLevel: String {
        "danh sách lồng quá \(ImportLimits.listLevels) cấp; các cấp sâu hơn được giữ ở cấp \(ImportLimits.listLevels)"
    }

    /// A table wider than ``ImportLimits/tableColumns``, cut there.
    public static var tableColumns: String {
        "bảng rộng quá \(ImportLimits.tableColumns) cột; phần thừa bị cắt bỏ"
    }

    /// Tables larger in all than ``ImportLimits/tableCells``, their further rows left out.
    public static var tableCells: String {
        "các bảng vượt tổng cộng \(ImportLimits.tableCells) ô (tính cả ô gộp); các hàng tiếp theo bị bỏ qua"
    }

    /// Markdown nested deeper than ``ImportLimits/markdownNesting``.
    public static var markdownNesting: String {
        "văn bản lồng quá \(ImportLimits.markdownNesting) cấp (trích dẫn, danh sách, nhấn mạnh lồng nhau); hãy bỏ bớt các cấp lồng"
    }
}
