/// The OASIS OpenDocument 1.3 namespaces this writer uses, and nothing from any application's
/// extension namespaces, so that every part validates against the strict ODF 1.3 schema.
enum ODFNamespace: String, CaseIterable {
    case office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    case style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    case text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    case table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    case fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    case svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    case meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    case dc = "http://purl.org/dc/elements/1.1/"
    case manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// The `xmlns:prefix` attribute that declares this namespace.
    var declaration: (String, String) { ("xmlns:\(self)", rawValue) }
}

/// Fixed values of the OpenDocument package.
enum ODFPackage {
    /// The ODF version every part declares.
    static let version = "1.3"
    /// The media type of a text document, written to `mimetype` and to the manifest's root entry.
    static let mediaType = "application/vnd.oasis.opendocument.text"
}
