// The catalogue: what the document importers (DOCX, ODT, Markdown, JSON) say about their input.
// Each message once in Vietnamese and once in English; see ``Message``.

extension Message {
    // MARK: Content an importer skips (the "what" of ``skippedContent(_:part:times:)``)

    /// An element BaoCao does not know, named as written ("<w:customXml>").
    public static func skippedElement(_ name: String) -> Message {
        Message(vi: "thẻ \(name)", en: name)
    }

    /// An element of a foreign namespace.
    public static func skippedForeignElement(_ name: String, namespace: String) -> Message {
        Message(vi: "thẻ <\(name)> thuộc \(namespace)", en: "<\(name)> from \(namespace)")
    }

    /// An equation.
    public static func skippedEquation(_ name: String) -> Message {
        Message(vi: "một công thức (\(name))", en: "an equation (\(name))")
    }

    /// An image or a drawing without text.
    public static func skippedImage(_ name: String) -> Message {
        Message(vi: "một hình ảnh hoặc hình vẽ (\(name))", en: "an image or drawing (\(name))")
    }

    /// The address of a hyperlink, whose text is kept.
    public static let skippedHyperlinkAddress = Message(
        vi: "địa chỉ của một liên kết (giữ lại chữ)", en: "the address of a hyperlink (its text is kept)")

    /// A comment.
    public static func skippedComment(_ name: String?) -> Message {
        Message(vi: "một chú thích của người duyệt\(name.map { " (\($0))" } ?? "")", en: "a comment\(name.map { " (\($0))" } ?? "")")
    }

    /// The position of a text box, whose text follows the paragraph.
    public static let skippedTextBoxPosition = Message(
        vi: "vị trí của một khung chữ (chữ được đặt sau đoạn văn)",
        en: "the position of a text box (its text follows the paragraph)")

    /// A character of a symbol font.
    public static let skippedSymbol = Message(vi: "một ký tự phông biểu tượng (w:sym)", en: "a symbol-font character (w:sym)")

    /// A reference to a note that does not exist.
    public static func skippedMissingNote(_ id: String) -> Message {
        Message(vi: "một tham chiếu tới chú thích không có (\(id))", en: "a reference to a missing note (\(id))")
    }

    /// A generated index (table of contents and the like).
    public static func skippedIndex(_ name: String) -> Message {
        Message(vi: "một mục lục tự sinh (\(name))", en: "a generated index (\(name))")
    }

    /// A note without a body.
    public static let skippedEmptyNote = Message(vi: "một chú thích không có nội dung", en: "a note without a body")

    /// An element inside a list that a list cannot hold.
    public static func skippedInList(_ name: String) -> Message {
        Message(vi: "thẻ <\(name)> trong một danh sách", en: "<\(name)> in a list")
    }

    /// Table rows or cells repeated beyond the limit.
    public static func skippedRepeats(rows: Bool, beyond allowed: Int) -> Message {
        Message(
            vi: "các \(rows ? "hàng" : "ô") bảng lặp lại quá \(allowed) lần",
            en: "table \(rows ? "rows" : "cells") repeated beyond \(allowed) times")
    }

    // MARK: Packages

    /// A package without the part that holds the document.
    public static func missingPart(_ part: String) -> Message {
        Message(vi: "thiếu phần \(part)", en: "\(part) is missing")
    }

    /// The main part of a package is not a document of the format: `kind` has no `root` element.
    public static func notADocumentPart(_ kind: String, root: String) -> Message {
        Message(vi: "không phải văn bản \(kind) (không có \(root))", en: "not a \(kind) document (no \(root))")
    }

    /// A DOCX main-document relationship pointing outside the package.
    public static func relationshipOutside(_ target: String) -> Message {
        Message(
            vi: "quan hệ tới văn bản chính trỏ ra ngoài gói ('\(target)')",
            en: "the main document relationship points outside the package ('\(target)')")
    }

    /// An OpenDocument package of another type than text.
    public static func notOpenDocumentText(_ type: String) -> Message {
        Message(vi: "gói có kiểu '\(type)', không phải văn bản OpenDocument", en: "the package is '\(type)', not an OpenDocument text")
    }

    // MARK: Spreadsheets (XLSX)

    /// What is wrong inside a workbook, in the words of its parts.
    public static func spreadsheetProblem(_ problem: SpreadsheetProblem) -> Message {
        switch problem {
        case .notAWorksheet: Message(vi: "không phải trang tính", en: "not a worksheet")
        case .rowOutOfOrder(let row): Message(vi: "hàng \(row) không đúng thứ tự", en: "row \(row) is out of order")
        case .badRowNumber(let written):
            Message(vi: "số hàng '\(written)' sai: bảng tính có các hàng từ 1 đến 1.048.576",
                    en: "bad row number '\(written)': a worksheet has rows 1 to 1,048,576")
        case .badCellReference(let reference, let row):
            Message(vi: "tham chiếu ô '\(reference)' sai ở hàng \(row)", en: "bad cell reference '\(reference)' in row \(row)")
        case .cellsOutOfOrder(let row): Message(vi: "các ô không đúng thứ tự ở hàng \(row)", en: "cells out of order in row \(row)")
        case .missingSharedString(let cell, let index):
            Message(vi: "ô \(cell) trỏ tới chuỗi dùng chung \(index), không có", en: "cell \(cell) names shared string \(index), which does not exist")
        case .noWorkbook(let part): Message(vi: "không có phần sổ tính (\(part)): không phải bảng tính", en: "no workbook part (\(part)): not a spreadsheet")
        case .sheetWithoutPart(let name): Message(vi: "trang tính '\(name)' không có phần nội dung", en: "sheet '\(name)' has no part")
        case .missingSheetPart(let name): Message(vi: "thiếu (trang tính '\(name)')", en: "missing (sheet '\(name)')")
        case .relationshipOutside(let target):
            Message(vi: "một quan hệ trỏ ra ngoài gói ('\(target)')", en: "a relationship points outside the package ('\(target)')")
        }
    }

    /// A problem of a workbook; see ``spreadsheetProblem(_:)``.
    public enum SpreadsheetProblem: Sendable {
        case notAWorksheet, rowOutOfOrder(Int), badRowNumber(String), badCellReference(String, row: Int), cellsOutOfOrder(Int)
        case missingSharedString(cell: String, index: String), noWorkbook(String), sheetWithoutPart(String), missingSheetPart(String)
        case relationshipOutside(String)
    }

    // MARK: Markdown

    /// A Markdown construct the report model has no place for.
    public static func markdownSkipped(_ what: MarkdownConstruct) -> Message {
        switch what {
        case .headingInList: Message(vi: "tiêu đề trong danh sách hoặc chú thích được giữ thành đoạn chữ đậm", en: "a heading inside a list or note is kept as a bold paragraph")
        case .blockQuote: Message(vi: "khối trích dẫn được giữ thành các đoạn văn thường", en: "a block quote is kept as ordinary paragraphs")
        case .codeBlock: Message(vi: "khối mã được giữ thành các đoạn văn thường", en: "a code block is kept as plain paragraphs")
        case .htmlBlock(let start): Message(vi: "bỏ qua khối HTML: \(start)", en: "raw HTML block skipped: \(start)")
        case .horizontalRule: Message(vi: "bỏ qua đường kẻ ngang (báo cáo chính thức không có)", en: "a horizontal rule has no place in an official report and was skipped")
        case .block(let kind): Message(vi: "bỏ qua khối Markdown không hỗ trợ '\(kind)'", en: "unsupported Markdown block '\(kind)' skipped")
        case .inlineHTML(let html): Message(vi: "bỏ qua HTML \(html)", en: "inline HTML \(html) skipped")
        case .unclosedTag(let tag): Message(vi: "thẻ \(tag) không được đóng", en: "\(tag) is never closed")
        case .image: Message(vi: "bỏ qua hình ảnh (báo cáo không chứa hình ảnh)", en: "image skipped (images are not part of the report model)")
        case .inline(let kind): Message(vi: "bỏ qua phần tử Markdown không hỗ trợ '\(kind)'", en: "unsupported inline '\(kind)' skipped")
        case .headingInAnnex: Message(vi: "tiêu đề trong phụ lục được giữ thành đoạn chữ đậm", en: "heading inside an annex kept as a bold paragraph")
        case .textAfterSignature: Message(vi: "chữ sau khối chữ ký được giữ trong phần thân", en: "text after the signature block was kept in the body")
        case .yamlAlias: Message(vi: "bỏ qua bí danh YAML trong phần đầu", en: "YAML alias in front matter ignored")
        }
    }

    /// A Markdown construct a message is about; see ``markdownSkipped(_:)``.
    public enum MarkdownConstruct: Sendable {
        case headingInList, blockQuote, codeBlock, htmlBlock(String), horizontalRule, block(String)
        case inlineHTML(String), unclosedTag(String), image, inline(String)
        case headingInAnnex, textAfterSignature, yamlAlias
    }

    /// A footnote reference without a definition.
    public static func undefinedFootnote(_ id: String) -> Message {
        Message(vi: "chú thích [^\(id)] được tham chiếu nhưng không có nội dung", en: "footnote [^\(id)] is referred to but never defined")
    }

    /// A paragraph that a page break split, joined again.
    public static func joinedSplitParagraph(continuedOn line: Int) -> Message {
        Message(
            vi: "đã nối đoạn văn bị ngắt trang (tiếp tục ở dòng \(line))",
            en: "joined the paragraph split by a page break (continued on line \(line))")
    }

    /// A heading whose Markdown level disagrees with its number.
    public static func headingLevelMismatch(_ token: String, level: Int, otherLine: Int, otherLevel: Int) -> Message {
        Message(
            vi: "tiêu đề '\(token)' ở cấp Markdown \(level) nhưng tiêu đề cùng cấp đánh số ở dòng \(otherLine) ở cấp \(otherLevel); số của tiêu đề quyết định vị trí",
            en: "heading '\(token)' is at Markdown level \(level) but the heading of the same numbering level on line \(otherLine) is at level \(otherLevel); its number decides its place")
    }

    /// A heading number out of sequence.
    public static func headingNumberOutOfSequence(_ token: String, after previous: (text: String, line: Int)?, expected: String) -> Message {
        Message(
            vi: "số tiêu đề '\(token)'\(previous.map { " sau '\($0.text)' ở dòng \($0.line)" } ?? ""): lẽ ra là '\(expected)'; giữ nguyên như đã viết",
            en: "heading number '\(token)'\(previous.map { " after '\($0.text)' on line \($0.line)" } ?? ""): expected '\(expected)'; kept as written")
    }

    /// A front matter that is not YAML.
    public static func frontMatterNotYAML(_ reason: String) -> Message {
        Message(vi: "phần đầu không phải YAML hợp lệ: \(reason)", en: "front matter is not valid YAML: \(reason)")
    }

    /// A front matter that is not a mapping.
    public static let frontMatterNotMapping = Message(
        vi: "phần đầu phải là các dòng 'khóa: giá trị'", en: "front matter must be a list of 'key: value' lines")

    /// A file written by a newer BaoCao.
    public static func newerFormat(_ version: Int) -> Message {
        Message(
            vi: "tệp do phiên bản BaoCao mới hơn viết (định dạng \(version)); có thể mất một phần nội dung",
            en: "written by a newer BaoCao (format \(version)); some content may be lost")
    }

    // MARK: JSON

    /// Text that is not JSON (the location names the line and column).
    public static let invalidJSON = Message(
        vi: "JSON không hợp lệ (sai cú pháp): hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép",
        en: "invalid JSON (a syntax error): check the brackets, commas and quotes")

    /// A JSON file larger than `limit` bytes.
    public static func jsonTooLarge(_ bytes: Int, limit: Int) -> Message {
        Message(
            vi: "tệp JSON lớn \(bytes) byte, quá giới hạn \(limit) byte",
            en: "the JSON file has \(bytes) bytes, above the limit of \(limit)")
    }

    /// JSON nested deeper than `limit` arrays and objects.
    public static func jsonTooDeep(_ limit: Int) -> Message {
        Message(
            vi: "JSON lồng quá \(limit) cấp mảng và đối tượng; đây không phải báo cáo BaoCao hợp lệ",
            en: "the JSON nests arrays and objects deeper than \(limit) levels; this is not a valid BaoCao report")
    }

    /// JSON that is not a BaoCao report: a required key is absent at `path` (empty: the top level).
    public static func notAReport(missingKey key: String, at path: String) -> Message {
        Message(
            vi: "không phải báo cáo BaoCao: thiếu khóa '\(key)' tại \(path.isEmpty ? "gốc" : path)",
            en: "not a BaoCao report: missing key '\(key)' at \(path.isEmpty ? "the top level" : path)")
    }

    /// JSON that is not a BaoCao report: the value at `path` is wrong; `reason` is the decoder's.
    public static func notAReport(_ reason: String, at path: String) -> Message {
        Message(
            vi: "không phải báo cáo BaoCao: \(reason) tại \(path.isEmpty ? "gốc" : path)",
            en: "not a BaoCao report: \(reason) at \(path.isEmpty ? "the top level" : path)")
    }
}
