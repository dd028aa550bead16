/// How a section heading is set, by the kind of its number (Decree 30's "mục, khoản, điểm").
package enum HeadingKind: Int, Hashable, Sendable, CaseIterable {
    /// "I. TITLE": Roman numeral, upper case, bold.
    case muc = 1
    /// "1. Title": bold.
    case khoan = 2
    /// "1.1. Title": bold italic (practice, not Decree 30).
    case subKhoan = 3
    /// "a) Title": regular.
    case diem = 4

    /// Whether headings of this kind are bold.
    package var isBold: Bool { self != .diem }
    /// Whether headings of this kind are italic.
    package var isItalic: Bool { self == .subKhoan }
    /// Whether headings of this kind are shown in upper case.
    package var isUpperCase: Bool { self == .muc }

    /// The kind for a section: from its number when it has one, else from its depth in the tree.
    package static func of(_ section: Section, depth: Int) -> HeadingKind {
        if let token = section.number, let number = HeadingNumber(parsing: token) {
            return HeadingKind(rawValue: min(number.level, 4)) ?? .diem
        }
        return HeadingKind(rawValue: min(max(depth, 1), 4)) ?? .diem
    }
}
