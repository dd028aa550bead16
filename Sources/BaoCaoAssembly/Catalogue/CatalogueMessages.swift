/// The clerk-facing messages about the indicator catalogue, in Vietnamese, one place per message
/// (until the project's message catalogue takes them).
enum CatalogueMessages {
    /// A submission gives a label, kind or unit that differs from the catalogue's.
    static func differs(_ id: String, field: String, given: String, catalogue: String) -> String {
        "chỉ tiêu '\(id)': \(field) '\(given)' khác với danh mục chỉ tiêu ('\(catalogue)'); dùng '\(given)'"
    }

    /// A submission sends a figure the catalogue does not list for its department.
    static func unknown(_ id: String, department: String, file: String) -> String {
        "chỉ tiêu '\(id)' không có trong danh mục chỉ tiêu của \(department) (\(file))"
    }

    /// A department sent its submissions without a figure the catalogue requires.
    static func missingRequired(_ entry: CatalogueEntry, department: String) -> String {
        "thiếu chỉ tiêu bắt buộc '\(entry.id)' (\(entry.label)) của \(department)"
    }

    /// An optional figure was left empty.
    static func optionalBlank(_ entry: CatalogueEntry) -> String {
        "chỉ tiêu không bắt buộc '\(entry.id)' (\(entry.label)) để trống"
    }
}
