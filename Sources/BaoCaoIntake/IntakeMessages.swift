/// Every sentence the intake shows a clerk or an official, in Vietnamese, one place per message
/// (to move into the project's message catalogue).
enum IntakeMessages {
    static let signInRequired = "Cần đăng nhập để dùng chức năng này."
    static let signInFailed = "Tên đăng nhập hoặc mật khẩu không đúng."
    static let forbidden = "Tài khoản của bạn không được phép xem hoặc làm việc này."
    static let notFound = "Không tìm thấy nội dung yêu cầu."
    static let csrfMissing = "Biểu mẫu đã hết hạn hoặc không hợp lệ; hãy tải lại trang rồi gửi lại."
    static let periodLocked = "Kỳ báo cáo đã khóa; không thể gửi hoặc thay tệp."
    static let noFile = "Chưa chọn tệp để gửi (trường 'file')."
    static let badForm = "Nội dung gửi lên không đúng dạng biểu mẫu tệp (multipart/form-data)."
    static let badJSON = "Nội dung gửi lên không đúng dạng JSON yêu cầu."
    static let fileRejected = "Tệp có lỗi nên chưa được nhận; hãy sửa theo các thông báo rồi gửi lại."
    static let periodHasErrors = "Kỳ báo cáo còn lỗi; chỉ tổng hợp được bản dự thảo (draft=true)."
    static let reviewNeedsSubmission = "Đơn vị chưa gửi tệp nào trong kỳ này."
    static let formTooLarge = "Nội dung biểu mẫu quá dài."
    static let uploadAccepted = "Đã nhận tệp. Các cảnh báo dưới đây (nếu có) không ngăn việc tổng hợp."
    static let returnNeedsComment = "Trả lại cần ghi lý do để đơn vị sửa."
    static let passwordChangeRequired = "Cần đổi mật khẩu được cấp trước khi dùng các chức năng khác."
    static let currentPasswordWrong = "Mật khẩu hiện tại không đúng."
    static let passwordsDiffer = "Hai lần nhập mật khẩu mới không giống nhau."
    static let passwordUnchanged = "Mật khẩu mới phải khác mật khẩu hiện tại."
    static let nobodyToRemind = "Tất cả các đơn vị đã gửi báo cáo hợp lệ; không cần công văn đôn đốc."

    static func passwordTooShort(minimum: Int) -> String {
        "Mật khẩu mới cần ít nhất \(minimum) ký tự."
    }

    static func badPeriod(_ text: String) -> String {
        "Kỳ báo cáo '\(text)' không hợp lệ; ghi theo dạng năm-tháng, ví dụ 2023-05."
    }

    static func tooLarge(limit: Int) -> String {
        "Tệp quá lớn: giới hạn \(limit >> 20) MiB một tệp."
    }

    static func tooManyVersions(limit: Int) -> String {
        "Đơn vị đã gửi đủ \(limit) phiên bản tệp trong kỳ này; liên hệ Văn phòng."
    }

    static func badFileName(_ name: String) -> String {
        "Tên tệp '\(name)' không dùng được; đặt tên có chữ hoặc số và đuôi của một loại tệp được nhận."
    }

    static func unsupportedType(_ name: String, accepted: [String]) -> String {
        "Tệp '\(name)' không thuộc loại được nhận (\(accepted.map { "." + $0 }.joined(separator: ", ")))."
    }

    static func unknownDepartment(_ id: String) -> String {
        "Không có đơn vị '\(id)' trong danh sách của tỉnh."
    }

    static func noForm(_ department: String) -> String {
        "\(department) không có chỉ tiêu nào trong danh mục nên không có biểu mẫu số liệu."
    }

    static func unknownFormat(_ name: String) -> String {
        "Không có định dạng '\(name)' (docx, odt, md, csv...)."
    }

    static func badSettingsField(_ field: String, _ value: String) -> String {
        "\(field) '\(value)' không hợp lệ (số văn bản là số; ngày ghi theo dạng năm-tháng-ngày, ví dụ 2023-05-25)."
    }

    static func throttled(seconds: Int) -> String {
        "Đăng nhập sai nhiều lần; hãy thử lại sau \(seconds) giây."
    }
}
