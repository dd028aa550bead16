internal import CCmarkGFM
import Foundation

/// A Markdown document's body as HTML, rendered by cmark-gfm (GFM tables, strikethrough,
/// footnotes) for showing a document inside a web page: the front matter is left out, and
/// cmark-gfm's safe mode drops raw HTML and `javascript:`-style links, so the result can be
/// embedded as it is.
package enum MarkdownHTML {
    /// The HTML of `markdown`'s body.
    package static func body(of markdown: String) -> String {
        let document = CmarkDocument(parsing: FrontMatterReader.split(markdown).body)
        guard let rendered = cmark_render_html(document.root, CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES, nil) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
