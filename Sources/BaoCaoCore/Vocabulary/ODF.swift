/// The OpenDocument vocabulary, read by the ODT importer and written by the ODT exporter: the
/// OASIS namespaces (and nothing from any application's extension namespaces, so that written
/// parts validate against the strict ODF 1.3 schema) and the package's fixed values.
package enum ODF {
    /// An OASIS namespace and the prefix it is written with.
    package enum Namespace: String, CaseIterable, Sendable {
        case office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        case style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        case text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        case table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        case fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
        case svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        case draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
        case meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
        case dc = "http://purl.org/dc/elements/1.1/"
        case manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

        /// The `xmlns:prefix` attribute that declares this namespace.
        package var declaration: (String, String) { ("xmlns:\(self)", rawValue) }
    }

    /// The office namespace URI.
    package static let office = Namespace.office.rawValue
    /// The text namespace URI.
    package static let text = Namespace.text.rawValue
    /// The table namespace URI.
    package static let table = Namespace.table.rawValue
    /// The style namespace URI.
    package static let style = Namespace.style.rawValue
    /// The XSL-FO compatible namespace URI.
    package static let fo = Namespace.fo.rawValue
    /// The drawing namespace URI.
    package static let draw = Namespace.draw.rawValue

    /// The ODF version every written part declares.
    package static let version = "1.3"
    /// The media type of a text document, in `mimetype` and the manifest's root entry.
    package static let mediaType = "application/vnd.oasis.opendocument.text"
}
