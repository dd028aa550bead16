import BaoCaoCore

// The catalogue: what the command line itself says about a run. Each message once in Vietnamese
// and once in English; see `Message`.

extension Message {
    /// A workbook converted for checking that had errors.
    static let workbookHasErrors = Message(vi: "bảng tính có lỗi; không ghi tệp nào", en: "the workbook has errors; nothing was written")

    /// A conversion whose input had errors.
    static let inputHasErrors = Message(vi: "tệp đầu vào có lỗi; không ghi tệp nào", en: "the input has errors; nothing was written")

    /// An assembly stopped by errors.
    static func submissionsHaveErrors(errors: Int, warnings: Int, period: String) -> Message {
        Message(
            vi: "có \(errors) lỗi, \(warnings) cảnh báo trong các báo cáo kỳ \(period); không ghi tệp nào (dùng --draft để vẫn ghi bản dự thảo)",
            en: "\(errors) error(s), \(warnings) warning(s) in the submissions for \(period); nothing was written (use --draft to write a draft anyway)")
    }

    /// `--period` given in another form than YYYY-MM.
    static func periodOptionNotAMonth(_ value: String) -> Message {
        Message(vi: "--period phải là một tháng như 2023-05, không phải '\(value)'", en: "--period must be a month such as 2023-05, not '\(value)'")
    }

    /// A path that does not exist.
    static let noSuchFile = Message(vi: "không có tệp này", en: "no such file")

    /// A path that is a folder.
    static let isAFolder = Message(vi: "đây là thư mục, không phải tệp", en: "is a folder, not a file")

    /// A file that cannot be read.
    static let unreadableInput = Message(vi: "không đọc được tệp (quyền truy cập?)", en: "cannot read the file (permissions?)")
}
