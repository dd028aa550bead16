/// The errors of the JSON reader, in Vietnamese, one place per message.
enum JSONMessages {
    /// A file larger than ``JSONInputLimits/size``.
    static func tooLarge(_ bytes: Int) -> String {
        "tệp JSON lớn \(bytes) byte, quá giới hạn \(JSONInputLimits.size) byte"
    }

    /// Arrays and objects nested deeper than ``JSONInputLimits/nesting``.
    static var tooDeep: String {
        "JSON lồng quá \(JSONInputLimits.nesting) cấp mảng và đối tượng; đây không phải báo cáo BaoCao hợp lệ"
    }

    /// Text that is not JSON (the location names the line and column).
    static var invalid: String {
        "JSON không hợp lệ (sai cú pháp): hãy kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép"
    }

    /// JSON that is not a report: `detail` says what is missing or wrong, and where.
    static func notAReport(_ detail: String) -> String {
        "không phải báo cáo BaoCao: \(detail)"
    }

    /// A required key that is absent at `path`.
    static func missingKey(_ key: String, at path: String) -> String {
        "thiếu khóa '\(key)' tại \(path.isEmpty ? "gốc" : path)"
    }

    /// A value that is wrong at `path`; `detail` is the decoder's description.
    static func wrongValue(_ detail: String, at path: String) -> String {
        "\(detail) tại \(path.isEmpty ? "gốc" : path)"
    }
}
