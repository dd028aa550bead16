import BaoCaoCore

// The catalogue: messages about figures workbooks (XLSX forms) and the indicator catalogue file.
// Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    // MARK: Workbooks

    /// A workbook without the header row of a figures table.
    static let noHeaderRow = Message(
        vi: "không tìm thấy dòng tiêu đề có cột 'Mã' (hoặc 'id'): dùng biểu mẫu của `baocao form`, hoặc đặt tên cột như tệp CSV (mã, chỉ tiêu, loại, giá trị, đơn vị tính)",
        en: "no header row with a column 'Mã' (or 'id'): use the form of `baocao form`, or name the columns as in a CSV file (mã, chỉ tiêu, loại, giá trị, đơn vị tính)")

    /// A workbook that says no department.
    static let noDepartment = Message(
        vi: "không biết đơn vị gửi: thêm dòng 'Đơn vị' với mã đơn vị, hoặc đặt tên tệp bắt đầu bằng mã đơn vị (snn-2023-06.xlsx)",
        en: "the sending department is unknown: add a row 'Đơn vị' with its id, or start the file name with it (snn-2023-06.xlsx)")

    /// A workbook that says no period.
    static let noPeriod = Message(
        vi: "không biết kỳ báo cáo: thêm dòng 'Kỳ báo cáo' với tháng dạng 2023-06",
        en: "the period is unknown: add a row 'Kỳ báo cáo' with the month as 2023-06")

    /// A formula cell saved without its computed value.
    static let formulaWithoutValue = Message(
        vi: "ô có công thức nhưng chưa có giá trị đã tính; mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi gửi",
        en: "the cell has a formula but no computed value; open the file in Excel or LibreOffice, save it and send it again")

    /// A figure's value cell left empty in a converted workbook.
    static func figureBlank(_ id: String) -> Message {
        Message(vi: "chỉ tiêu '\(id)' để trống", en: "figure '\(id)' is left blank")
    }

    /// A period cell that is not a month.
    static func badPeriod(_ value: String) -> Message {
        Message(vi: "kỳ báo cáo phải là một tháng dạng 2023-06, không phải '\(value)'", en: "the period must be a month such as 2023-06, not '\(value)'")
    }

    /// A cell holding an error value (#DIV/0! …).
    static func errorValue(_ code: String) -> Message {
        Message(vi: "ô có giá trị lỗi \(code): sửa công thức hoặc nhập số", en: "the cell holds the error value \(code): correct the formula or type the number")
    }

    /// Text in a number cell.
    static func textInNumberCell(_ text: String) -> Message {
        Message(vi: "ô này phải là một số, không phải '\(text)'", en: "this cell must be a number, not '\(text)'")
    }

    /// A date in a number cell.
    static func dateInNumberCell(_ date: String) -> Message {
        Message(vi: "ô này phải là một số, không phải ngày \(date)", en: "this cell must be a number, not the date \(date)")
    }

    // MARK: The indicator catalogue and forms

    /// A catalogue section for a department the profile does not list.
    static func catalogueUnknownDepartment(_ id: String, known: [String]) -> Message {
        Message(vi: "cơ quan '\(id)' không có trong profile.yaml (có: \(list(known)))", en: "department '\(id)' is not in profile.yaml (known: \(list(known)))")
    }

    /// A catalogue entry declared twice.
    static func catalogueEntryTwice(_ id: String) -> Message {
        Message(vi: "chỉ tiêu '\(id)' được khai báo hai lần", en: "figure '\(id)' is declared twice")
    }

    /// A catalogue entry of an unknown kind.
    static func catalogueBadKind(_ kind: String, kinds: [String]) -> Message {
        Message(vi: "loại '\(kind)' không hợp lệ (một trong: \(list(kinds)))", en: "kind '\(kind)' is not valid (one of: \(list(kinds)))")
    }

    /// A catalogue amount without its unit.
    static func catalogueAmountWithoutUnit(_ id: String) -> Message {
        Message(vi: "chỉ tiêu '\(id)' là giá trị (amount) nhưng chưa có đơn vị tính (unit)", en: "figure '\(id)' is an amount but has no unit")
    }

    /// `required` that is not a flag.
    static let requiredFlag = Message(vi: "required phải là true hoặc false", en: "required must be true or false")

    /// A deadline out of range.
    static let deadlineDaysRange = Message(
        vi: "deadline_days_after_cutoff phải từ 1 đến 28", en: "deadline_days_after_cutoff must be 1 to 28")

    /// A form asked for a department without catalogue entries.
    static func nothingOnForm(_ department: String, file: String) -> Message {
        Message(
            vi: "\(department) không có chỉ tiêu nào trong \(file): không có gì để đưa vào biểu mẫu",
            en: "\(department) has no figures in \(file): nothing to put on a form")
    }
}
