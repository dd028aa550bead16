import BaoCaoCore
import BaoCaoXML

/// Writes `meta.xml`: title (the subject), language, and dates taken from the report's own date,
/// never from the clock, so that two runs give the same bytes.
struct MetaPart {
    /// The report described.
    let report: Report

    /// Writes the part to `xml`.
    func write(to xml: XMLStreamWriter) throws {
        try xml.startElement("office:document-meta")
        for namespace in [ODF.Namespace.office, .meta, .dc] {
            try xml.attribute(namespace.declaration.0, namespace.declaration.1)
        }
        try xml.attribute("office:version", ODF.version)
        try xml.element("office:meta") {
            try xml.element("meta:generator") { try xml.text("BaoCao") }
            if !report.subject.isEmpty {
                try xml.element("dc:title") { try xml.text(report.subject) }
            }
            try xml.element("dc:subject") { try xml.text(report.documentType) }
            if report.isDraft {
                try xml.element("meta:keyword") { try xml.text(OfficialText.draftMark) }
            }
            try xml.element("dc:language") { try xml.text("vi-VN") }
            if let stamp = MetaPart.timestamp(report.header.date) {
                try xml.element("meta:creation-date") { try xml.text(stamp) }
                try xml.element("dc:date") { try xml.text(stamp) }
            }
        }
        try xml.endElement()
    }

    /// "2023-05-25T00:00:00" for the report date; a draft without a day uses the 1st of the month.
    static func timestamp(_ date: DocumentDate?) -> String? {
        guard let date else { return nil }
        let day = VietnameseFormat.padded(date.day ?? 1)
        let month = VietnameseFormat.padded(date.month)
        return "\(date.year)-\(month)-\(day)T00:00:00"
    }
}

/// Writes `META-INF/manifest.xml`, listing the package root and every file in it.
struct ManifestPart {
    /// The files of the package besides `mimetype` and the manifest, with their media types.
    let entries: [(path: String, mediaType: String)]

    /// Writes the part to `xml`.
    func write(to xml: XMLStreamWriter) throws {
        try xml.startElement("manifest:manifest")
        try xml.attribute(ODF.Namespace.manifest.declaration.0, ODF.Namespace.manifest.declaration.1)
        try xml.attribute("manifest:version", ODF.version)
        try xml.element(
            "manifest:file-entry",
            ["manifest:full-path": "/", "manifest:version": ODF.version, "manifest:media-type": ODF.mediaType])
        for entry in entries {
            try xml.element("manifest:file-entry", ["manifest:full-path": entry.path, "manifest:media-type": entry.mediaType])
        }
        try xml.endElement()
    }
}
