import BaoCaoCore

// The catalogue: messages about the office's configuration (profile, outline, period settings,
// layout) and YAML in general. Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    // MARK: YAML

    /// A YAML file with nothing in it.
    static let emptyFile = Message(vi: "tệp rỗng", en: "the file is empty")

    /// A file that cannot be read at all.
    static let unreadableFile = Message(vi: "không đọc được tệp", en: "cannot read the file")

    /// YAML the parser refuses.
    static func notYAML(_ reason: String) -> Message {
        Message(vi: "không phải YAML hợp lệ: \(reason)", en: "not valid YAML: \(reason)")
    }

    /// A required key that is not there.
    static func missingKey(_ key: String) -> Message {
        Message(vi: "thiếu '\(key)'", en: "missing '\(key)'")
    }

    /// A list or mapping where one value belongs.
    static let expectedScalar = Message(
        vi: "cần một giá trị đơn, không phải danh sách hay bảng khóa", en: "expected a single value, not a list or mapping")

    /// Text where a whole number belongs.
    static let expectedWholeNumber = Message(vi: "cần một số nguyên", en: "expected a whole number")

    /// Something else where a list belongs.
    static let expectedList = Message(vi: "cần một danh sách", en: "expected a list")

    /// Something else where a mapping belongs.
    static let expectedMapping = Message(vi: "cần các dòng 'khóa: giá trị'", en: "expected a mapping of 'key: value' lines")

    /// A key BaoCao does not know, which is ignored.
    static func unknownKeyIgnored(_ key: String, expected: [String]) -> Message {
        Message(vi: "bỏ qua khóa không biết '\(key)' (cần: \(list(expected)))", en: "unknown key '\(key)' ignored (expected: \(list(expected)))")
    }

    // MARK: Profile

    /// A department listed twice in the profile.
    static func departmentListedTwice(_ id: String) -> Message {
        Message(vi: "đơn vị '\(id)' được liệt kê hai lần", en: "department '\(id)' is listed twice")
    }

    /// A cut-off day outside 1 to 28.
    static let cutoffDayRange = Message(vi: "cutoff_start_day phải từ 1 đến 28", en: "cutoff_start_day must be 1 to 28")

    /// A value that is not a period.
    static let expectedPeriod = Message(vi: "cần một kỳ báo cáo như 2023-05", en: "expected a period such as 2023-05")

    /// A value that is not a month.
    static func periodNotAMonth(_ value: String?) -> Message {
        Message(
            vi: "kỳ báo cáo phải là một tháng như 2023-05\(value.map { ", không phải '\($0)'" } ?? "")",
            en: "period must be a month such as 2023-05\(value.map { ", not '\($0)'" } ?? "")")
    }

    /// A department the profile does not list (the command line's --department).
    static func unknownDepartmentOption(_ id: String, known: [String]) -> Message {
        Message(vi: "không có đơn vị '\(id)' (có: \(list(known)))", en: "unknown department '\(id)' (known: \(list(known)))")
    }

    /// An outline naming a distribution list the profile does not have.
    static func noDistributionList(_ name: String) -> Message {
        Message(vi: "hồ sơ không có danh sách nơi nhận '\(name)'", en: "no distribution list '\(name)' in the profile")
    }

    /// An outline naming a signer the profile does not have.
    static func noSigner(_ name: String) -> Message {
        Message(vi: "hồ sơ không có người ký '\(name)'", en: "no signer '\(name)' in the profile")
    }

    // MARK: Outline and period settings

    /// A share precision out of range.
    static let precisionRange = Message(vi: "precision phải từ 0 đến 3 chữ số thập phân", en: "precision must be 0 to 3 decimals")

    /// An unknown rounding method.
    static let roundingMethod = Message(vi: "method phải là half_up hoặc largest_remainder", en: "method must be half_up or largest_remainder")

    /// An outline part of no known kind.
    static let outlinePartKind = Message(
        vi: "một phần của đề cương là 'narrative: KHÓA', 'template: VĂN BẢN' hoặc 'bullets: [VĂN BẢN, …]'",
        en: "a part is 'narrative: KEY', 'template: TEXT' or 'bullets: [TEXT, …]'")

    /// Period settings of another period.
    static func settingsForOtherPeriod(_ written: String, period: String) -> Message {
        Message(vi: "các thiết lập này dành cho kỳ \(written), không phải \(period)", en: "these settings are for \(written), not for \(period)")
    }

    /// A value that is not a date.
    static let expectedDate = Message(vi: "cần một ngày như 2023-05-25", en: "expected a date such as 2023-05-25")

    /// A layout file BaoCao cannot decode.
    static func badLayout(_ reason: String) -> Message {
        Message(vi: "bố cục: \(reason)", en: "layout: \(reason)")
    }
}
