/// The wording of the warnings exporters give, the same in every format; each is reported at the
/// part or place of the output it concerns.
package enum ExportWarning {
    /// Control characters and other characters XML 1.0 forbids were dropped from a part.
    package static func removedCharacters(_ count: Int) -> String {
        "removed \(count) character(s) that XML 1.0 forbids (control characters)"
    }

    /// The body refers to a footnote that has no text.
    package static func footnoteWithoutText(_ id: String) -> String {
        "the body refers to footnote [^\(id)], which has no text; the mark is left out"
    }

    /// A footnote nothing refers to.
    package static func footnoteNeverReferred(_ id: String) -> String {
        "footnote [^\(id)] is never referred to and is left out"
    }

    /// A footnote refers to another footnote, which the format cannot nest.
    package static func nestedFootnote(_ id: String) -> String {
        "a footnote cannot refer to another footnote; the mark [^\(id)] is left out"
    }
}
