import BaoCaoCore

// The catalogue: messages about the indicator catalogue (Config/catalogue.yaml). Each message once
// in Vietnamese and once in English; see `Message`.

extension Message {
    /// A field of a figure the catalogue also gives, named in messages.
    enum CatalogueField {
        case kind, label, unit

        var vi: String {
            switch self {
            case .kind: "loại"
            case .label: "tên chỉ tiêu"
            case .unit: "đơn vị tính"
            }
        }

        var en: String {
            switch self {
            case .kind: "kind"
            case .label: "label"
            case .unit: "unit"
            }
        }
    }

    /// A submission gives a label, kind or unit that differs from the catalogue's.
    static func differsFromCatalogue(_ id: String, field: CatalogueField, given: String, catalogue: String) -> Message {
        Message(
            vi: "chỉ tiêu '\(id)': \(field.vi) '\(given)' khác với danh mục chỉ tiêu ('\(catalogue)'); dùng '\(given)'",
            en: "figure '\(id)': \(field.en) '\(given)' differs from the indicator catalogue ('\(catalogue)'); '\(given)' is used")
    }

    /// A submission sends a figure the catalogue does not list for its department.
    static func notInCatalogue(_ id: String, department: String, file: String) -> Message {
        Message(
            vi: "chỉ tiêu '\(id)' không có trong danh mục chỉ tiêu của \(department) (\(file))",
            en: "figure '\(id)' is not in the indicator catalogue of \(department) (\(file))")
    }

    /// A department sent its submissions without a figure the catalogue requires.
    static func missingRequired(_ entry: CatalogueEntry, department: String) -> Message {
        Message(
            vi: "thiếu chỉ tiêu bắt buộc '\(entry.id)' (\(entry.label)) của \(department)",
            en: "the required figure '\(entry.id)' (\(entry.label)) of \(department) is missing")
    }

    /// An optional figure was left empty.
    static func optionalBlank(_ entry: CatalogueEntry) -> Message {
        Message(
            vi: "chỉ tiêu không bắt buộc '\(entry.id)' (\(entry.label)) để trống",
            en: "the optional figure '\(entry.id)' (\(entry.label)) is left blank")
    }
}
