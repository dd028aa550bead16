// The catalogue: messages about the ``ImportLimits`` a hostile or broken file meets.
// Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    /// A list or heading numbering declared to start at `declared`, held at `value`.
    public static func startNumber(_ declared: String, heldAt value: Int) -> Message {
        let range = "\(ImportLimits.startNumbers.lowerBound)–\(ImportLimits.startNumbers.upperBound)"
        return Message(
            vi: "số bắt đầu đánh số \(declared.prefix(40)) vượt giới hạn \(range), lấy \(value)",
            en: "the numbering start \(declared.prefix(40)) is outside \(range); \(value) is used")
    }

    /// A list deeper than ``ImportLimits/listLevels``, kept at the deepest level.
    public static var listLevel: Message {
        Message(
            vi: "danh sách lồng quá \(ImportLimits.listLevels) cấp; các cấp sâu hơn được giữ ở cấp \(ImportLimits.listLevels)",
            en: "a list nested deeper than \(ImportLimits.listLevels) levels; deeper levels are kept at level \(ImportLimits.listLevels)")
    }

    /// A table wider than ``ImportLimits/tableColumns``, cut there.
    public static var tableColumns: Message {
        Message(
            vi: "bảng rộng quá \(ImportLimits.tableColumns) cột; phần thừa bị cắt bỏ",
            en: "a table wider than \(ImportLimits.tableColumns) columns; the rest is cut off")
    }

    /// Tables larger in all than ``ImportLimits/tableCells``, their further rows left out.
    public static var tableCells: Message {
        Message(
            vi: "các bảng vượt tổng cộng \(ImportLimits.tableCells) ô (tính cả ô gộp); các hàng tiếp theo bị bỏ qua",
            en: "the tables exceed \(ImportLimits.tableCells) cells in all (merged cells counted); further rows are left out")
    }

    /// Markdown nested deeper than ``ImportLimits/markdownNesting``.
    public static var markdownNesting: Message {
        Message(
            vi: "văn bản lồng quá \(ImportLimits.markdownNesting) cấp (trích dẫn, danh sách, nhấn mạnh lồng nhau); hãy bỏ bớt các cấp lồng",
            en: "the text is nested deeper than \(ImportLimits.markdownNesting) levels (quotes, lists, emphasis inside each other); remove some levels")
    }

    /// A Markdown line longer than `limit` bytes.
    public static func lineTooLong(_ limit: Int) -> Message {
        Message(
            vi: "dòng dài quá \(limit) byte; hãy xuống dòng giữa các đoạn",
            en: "a line longer than \(limit) bytes; break the lines between paragraphs")
    }

    /// A Markdown line with more '|' than a table of `columns` columns has.
    public static func tooManyPipes(_ columns: Int) -> Message {
        Message(
            vi: "dòng có hơn \(columns + 1) dấu '|': bảng rộng quá \(columns) cột",
            en: "a line with more than \(columns + 1) '|': a table wider than \(columns) columns")
    }

    /// The closing entry of a file's diagnostics of one kind past ``DiagnosticLog/limitPerFile``.
    static func more(_ count: Int, _ severity: Diagnostic.Severity) -> Message {
        Message(
            vi: "và \(count) \(severity.label(in: .vi)) khác",
            en: "and \(count) more \(severity.label(in: .en))\(count == 1 ? "" : "s")")
    }

    /// A file that could not be created or written.
    static func cannotWriteOut(_ reason: String) -> Message {
        Message(vi: "không ghi được tệp: \(reason)", en: "cannot write the file: \(reason)")
    }

    /// A file that could not be flushed to the disk.
    static func cannotFlush(_ reason: String) -> Message {
        Message(vi: "không ghi được tệp xuống đĩa: \(reason)", en: "cannot flush the file to the disk: \(reason)")
    }
}
