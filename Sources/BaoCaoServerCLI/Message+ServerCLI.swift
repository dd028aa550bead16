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
}
