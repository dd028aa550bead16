import BaoCaoCore

// The catalogue: what `baocao-server` itself says about its options.
// Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    /// `users add` without a department or `--office`.
    static let departmentOrOffice = Message(
        vi: "cần --department MÃ hoặc --office", en: "give either --department ID or --office")

    /// An account for a department the profile does not know.
    static func unknownAccountDepartment(_ department: String, known: [String]) -> Message {
        Message(
            vi: "không có đơn vị '\(department)' (các đơn vị: \(list(known)))",
            en: "unknown department '\(department)' (known: \(list(known)))")
    }

    /// `remind --period` that is not a month.
    static func reminderPeriod(_ text: String) -> Message {
        Message(vi: "--period phải là một tháng như 2023-05, không phải '\(text)'", en: "--period must be a month such as 2023-05, not '\(text)'")
    }

    /// `remind` when every department has sent a usable report.
    static let nobodyToRemind = Message(
        vi: "tất cả các đơn vị đã gửi báo cáo hợp lệ; không cần công văn đôn đốc",
        en: "every department has sent a usable report: no reminder letter is needed")
}
