/// The spellings of BaoCao's Markdown (see `docs/formats.md`), read by the Markdown importer and
/// written by the Markdown exporter.
package enum MarkdownConventions {
    /// The HTML comment that stands for a page break.
    package static let pageBreak = "<!-- pagebreak -->"
    /// The line that opens and closes the YAML front matter.
    package static let frontMatterFence = "---"
    /// The front matter key that marks BaoCao's canonical Markdown; its value is the format version.
    package static let markerKey = "baocao"

    /// The inline HTML tag written for a style Markdown has no delimiter for (and read back).
    package static func htmlTag(_ style: InlineStyle) -> String {
        switch style {
        case .bold: "b"
        case .italic: "i"
        case .strikethrough: "s"
        case .superscript: "sup"
        case .subscript: "sub"
        case .underline: "u"
        case .highlight: "mark"
        }
    }

    /// Inline HTML opening tags read as styles: the written ones and their common synonyms.
    package static let htmlStyles: [String: InlineStyle] = [
        "<sup>": .superscript, "<sub>": .subscript, "<u>": .underline, "<ins>": .underline, "<s>": .strikethrough,
        "<del>": .strikethrough, "<mark>": .highlight, "<b>": .bold, "<strong>": .bold, "<i>": .italic, "<em>": .italic,
    ]
}
