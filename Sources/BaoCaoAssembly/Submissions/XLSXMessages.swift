/// The clerk-facing messages about figures workbooks, in Vietnamese, one place per message (until
/// the project's message catalogue takes them).
enum XLSXMessages {
    static let noHeaderRow = "không tìm thấy dòng tiêu đề có cột 'Mã' (hoặc 'id'): dùng biểu mẫu của `baocao form`, hoặc đặt tên cột như tệp CSV (mã, chỉ tiêu, loại, giá trị, đơn vị tính)"
    static let noDepartment = "không biết đơn vị gửi: thêm dòng 'Đơn vị' với mã đơn vị, hoặc đặt tên tệp bắt đầu bằng mã đơn vị (snn-2023-06.xlsx)"
    static let noPeriod = "không biết kỳ báo cáo: thêm dòng 'Kỳ báo cáo' với tháng dạng 2023-06"
    static let formulaWithoutValue = "ô có công thức nhưng chưa có giá trị đã tính; mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi"

    static func badPeriod(_ value: String) -> String {
        "kỳ báo cáo phải là một tháng dạng 2023-06, không phải '\(value)'"
    }

    static func errorValue(_ code: String) -> String {
        "ô có giá trị lỗi \(code): sửa công thức hoặc nhập số"
    }

    static func textInNumberCell(_ text: String) -> String {
        "ô này phải là một số, không phải '\(text)'"
    }

    static func dateInNumberCell(_ date: String) -> String {
        "ô này phải là một số, không phải ngày \(date)"
    }
}
