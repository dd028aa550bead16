// The catalogue: what the writers (DOCX, ODT, Markdown, CSV) say about what they could not write
// as given. Each message once in Vietnamese and once in English; see ``Message``.

extension Message {
    /// Characters XML 1.0 forbids, removed from a part (reported at the part).
    public static func removedForbiddenCharacters(_ count: Int) -> Message {
        Message(
            vi: "đã bỏ \(count) ký tự XML 1.0 không cho phép (ký tự điều khiển)",
            en: "removed \(count) character(s) that XML 1.0 forbids (control characters)")
    }

    /// A footnote mark whose note has no text.
    public static func footnoteWithoutText(_ id: String) -> Message {
        Message(
            vi: "phần thân tham chiếu chú thích [^\(id)] nhưng chú thích không có nội dung; bỏ dấu chú thích",
            en: "the body refers to footnote [^\(id)], which has no text; the mark is left out")
    }

    /// A footnote nobody refers to.
    public static func footnoteNeverReferred(_ id: String) -> Message {
        Message(vi: "chú thích [^\(id)] không được tham chiếu và bị bỏ", en: "footnote [^\(id)] is never referred to and is left out")
    }

    /// A footnote mark inside another footnote.
    public static func nestedFootnote(_ id: String) -> Message {
        Message(
            vi: "chú thích không thể tham chiếu tới chú thích khác; bỏ dấu [^\(id)]",
            en: "a footnote cannot refer to another footnote; the mark [^\(id)] is left out")
    }

    /// A table in a list item, which OpenDocument lists cannot hold.
    public static let tableInList = Message(
        vi: "bảng trong một mục danh sách được viết thành các dòng thường: danh sách OpenDocument không chứa được bảng",
        en: "a table inside a list item is written as plain lines: OpenDocument lists cannot hold tables")

    /// Merged cells in a Markdown table.
    public static func markdownMergedCells(tables: Int, first: String) -> Message {
        Message(
            vi: "Markdown không thể hiện ô gộp: \(tables) bảng được ghi với các ô tách rời (bảng đầu tiên ở \(first))",
            en: "Markdown cannot show merged cells: \(tables) table(s) written with the cells unmerged (the first in \(first))")
    }

    /// More header rows than a Markdown table has.
    public static func markdownHeaderRows(extra: Int) -> Message {
        Message(
            vi: "bảng Markdown chỉ có một hàng tiêu đề; \(extra) hàng tiêu đề còn lại được viết thành hàng thường",
            en: "Markdown tables have one header row; \(extra) more header row(s) written as body rows")
    }

    /// The CSV writer failed in memory.
    public static let csvNotProduced = Message(vi: "không tạo được tệp CSV", en: "the CSV could not be produced")
}
