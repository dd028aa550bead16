import Foundation
import BaoCaoCore
import BaoCaoXML

/// Writes `docProps/core.xml` and `docProps/app.xml` from the report alone (no clock, no user name).
enum PropertiesParts {
    /// Writes the core properties: title = subject, creator = issuing body, dates from the report date, vi-VN.
    static func writeCore(_ xml: XMLStreamWriter, report: Report) throws {
        try xml.node("cp:coreProperties", [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ]) {
            try xml.node("dc:title") { try xml.text(report.subject) }
            if let issuer = report.header.issuingBody, !issuer.isEmpty {
                try xml.node("dc:creator") { try xml.text(issuer) }
            }
            try xml.node("dc:language") { try xml.text("vi-VN") }
            if let date = report.header.date {
                let stamp = DocumentDate(year: date.year, month: date.month, day: date.day ?? 1).isoText + "T00:00:00Z"
                for name in ["dcterms:created", "dcterms:modified"] {
                    try xml.node(name, [("xsi:type", "dcterms:W3CDTF")]) { try xml.text(stamp) }
                }
            }
            if report.isDraft {
                try xml.node("cp:contentStatus") { try xml.text(OfficialText.draftMark) }
            }
        }
    }

    /// Writes the extended properties: the application and the parent body as company.
    static func writeApp(_ xml: XMLStreamWriter, report: Report) throws {
        try xml.node("Properties", [
            ("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
            ("xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
        ]) {
            try xml.node("Application") { try xml.text("BaoCao") }
            try xml.node("DocSecurity") { try xml.text("0") }
            if let company = report.header.parentBody ?? report.header.issuingBody, !company.isEmpty {
                try xml.node("Company") { try xml.text(company) }
            }
        }
    }
}
