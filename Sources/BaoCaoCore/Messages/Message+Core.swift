// The catalogue: messages of the core (decoding, formats, atomic output, page layout, packages,
// front matter). Each message once in Vietnamese and once in English; see ``Message``.

extension Message {
    // MARK: Reading text

    /// The bytes are not text in any encoding BaoCao can tell with confidence.
    public static func undecodableText(byte: Int) -> Message {
        Message(
            vi: "không đọc được nội dung (byte \(byte)): tệp không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI; hãy lưu lại tệp dạng UTF-8",
            en: "cannot decode the text (byte \(byte)): not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI; save the file as UTF-8")
    }

    /// Bytes that are not UTF-8, in a format that must be.
    public static func invalidUTF8(byte: Int) -> Message {
        Message(vi: "không phải UTF-8 hợp lệ (byte \(byte)); hãy lưu lại tệp dạng UTF-8", en: "invalid UTF-8 (byte \(byte)); save the file as UTF-8")
    }

    /// A file with a UTF-16 byte order mark whose bytes are not UTF-16.
    public static func invalidUTF16(littleEndian: Bool) -> Message {
        let name = littleEndian ? "UTF-16 LE" : "UTF-16 BE"
        return Message(
            vi: "tệp bắt đầu bằng dấu thứ tự byte \(name) nhưng nội dung không phải \(name); hãy lưu lại tệp dạng UTF-8",
            en: "the file starts with a \(name) byte order mark but is not \(name); save the file as UTF-8")
    }

    /// The text was read in an encoding other than UTF-8.
    public static func decodedAs(_ encoding: String) -> Message {
        Message(
            vi: "tệp được đọc theo bảng mã \(encoding) (không phải UTF-8); nếu chữ hiển thị sai, hãy lưu lại tệp dạng UTF-8",
            en: "the file was read as \(encoding) (not UTF-8); if the text looks wrong, save the file as UTF-8")
    }

    // MARK: Formats

    /// A format name given with --from or --to that no importer or exporter has.
    public static func unknownFormat(_ name: String, output: Bool, known: [String]) -> Message {
        Message(
            vi: "không có định dạng \(output ? "đầu ra" : "đầu vào") '\(name)' (có: \(list(known)))",
            en: "unknown \(output ? "output" : "input") format '\(name)' (known: \(list(known)))")
    }

    /// A file name without an extension, so the format cannot be told.
    public static func formatNotInName(_ path: String, output: Bool) -> Message {
        let option = output ? "--to" : "--from"
        return Message(
            vi: "không biết định dạng \(output ? "đầu ra" : "đầu vào") của '\(path)' qua tên tệp: hãy dùng \(option)",
            en: "cannot tell the \(output ? "output" : "input") format of '\(path)' from its name: use \(option)")
    }

    /// An extension no format has.
    public static func noFormatForExtension(_ ext: String, path: String, output: Bool) -> Message {
        Message(
            vi: "không có định dạng \(output ? "đầu ra" : "đầu vào") cho phần mở rộng '.\(ext)' của '\(path)'",
            en: "no \(output ? "output" : "input") format for the extension '.\(ext)' of '\(path)'")
    }

    // MARK: Output

    /// The renaming of the finished temporary file failed.
    public static func cannotMoveIntoPlace(_ reason: String) -> Message {
        Message(vi: "không thay được tệp mới vào chỗ: \(reason)", en: "cannot move the new file into place: \(reason)")
    }

    /// An exporter failed while writing.
    public static func cannotWriteFile(kind: String, reason: String) -> Message {
        Message(vi: "không ghi được tệp \(kind): \(reason)", en: "cannot write the \(kind) file: \(reason)")
    }

    // MARK: Page layout

    /// A layout value outside the range Decree 30 allows.
    public static func layoutOutOfRange(_ name: String, value: Double, range: ClosedRange<Double>) -> Message {
        Message(
            vi: "giá trị bố cục \(name) = \(value) nằm ngoài khoảng Nghị định 30 cho phép \(range.lowerBound)–\(range.upperBound)",
            en: "layout value \(name) = \(value) is outside Decree 30's range \(range.lowerBound)–\(range.upperBound)")
    }

    /// The header columns are not two positive widths.
    public static func layoutColumns(_ columns: String) -> Message {
        Message(
            vi: "các cột phần đầu văn bản phải là hai độ rộng dương tính bằng cm, nhận được \(columns)",
            en: "layout columns must be two positive widths in cm, got \(columns)")
    }

    // MARK: Packages (DOCX, ODT)

    /// A package that cannot be opened as its format.
    public static func unreadablePackage(format: String, reason: Message) -> Message {
        Message(vi: "không đọc được dạng \(format): \(reason.vi)", en: "cannot read as \(format): \(reason.en)")
    }

    /// A part of a package that cannot be read.
    public static func badPart(_ part: String, reason: Message) -> Message {
        Message(vi: "\(part): \(reason.vi)", en: "\(part): \(reason.en)")
    }

    /// The description of an error from a library (libxml2, the zip reader, a parser), which has no
    /// Vietnamese text: the same words in both languages, inside a message that says where and what.
    public static func technicalDetail(_ text: String) -> Message {
        Message(vi: text, en: text)
    }

    /// Content an importer cannot keep, counted per kind and part.
    public static func skippedContent(_ what: Message, part: String, times: Int) -> Message {
        Message(
            vi: "\(part): bỏ qua \(what.vi)\(times == 1 ? "" : " (\(times) lần)")",
            en: "\(part): skipped \(what.en)\(times == 1 ? "" : " (\(times) times)")")
    }

    /// A value an importer held to one of its limits, counted per kind and part.
    public static func heldToLimit(_ what: Message, part: String, times: Int) -> Message {
        Message(
            vi: "\(part): \(what.vi)\(times == 1 ? "" : " (\(times) lần)")",
            en: "\(part): \(what.en)\(times == 1 ? "" : " (\(times) times)")")
    }

    // MARK: Front matter

    /// A document number that is not like 125/BC-VP.
    public static func badDocumentNumber(_ text: String) -> Message {
        Message(
            vi: "số văn bản '\(text)' không có dạng 125/BC-VP (hoặc /BC-VP cho dự thảo)",
            en: "number '\(text)' is not like 125/BC-VP (or /BC-VP for a draft)")
    }

    /// A date that is not ISO 8601.
    public static func badDocumentDate(_ text: String) -> Message {
        Message(
            vi: "ngày '\(text)' không có dạng ISO 8601 như 2023-05-25 (hoặc 2023-05 cho dự thảo)",
            en: "date '\(text)' is not an ISO 8601 date like 2023-05-25 (or 2023-05 for a draft)")
    }

    /// A front matter key that must hold a list.
    public static func frontMatterNeedsList(_ key: String) -> Message {
        Message(vi: "'\(key)' phải là một danh sách", en: "'\(key)' must be a list")
    }

    /// A front matter key that must be true or false.
    public static func frontMatterNeedsFlag(_ key: String) -> Message {
        Message(vi: "'\(key)' phải là true hoặc false", en: "'\(key)' must be true or false")
    }

    /// A front matter key that must hold one text.
    public static func frontMatterNeedsText(_ key: String) -> Message {
        Message(vi: "'\(key)' phải là một giá trị văn bản", en: "'\(key)' must be a single text value")
    }

    /// A front matter key BaoCao does not know.
    public static func unknownFrontMatterKey(_ key: String, known: [String]) -> Message {
        Message(
            vi: "khóa '\(key)' không có trong phần đầu (có: \(list(known)))",
            en: "unknown front matter key '\(key)' (known: \(list(known)))")
    }
}
