import BaoCaoXML

/// The package parts around the sheets: content types, relationships, workbook and properties.
enum PackageParts {
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func contentTypes(_ xml: XMLStreamWriter, sheetCount: Int) throws {
        try xml.element("Types", attributeList: [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) {
            try xml.element("Default", attributeList: [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            try xml.element("Default", attributeList: [("Extension", "xml"), ("ContentType", "application/xml")])
            let overrides = [
                ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
                ("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"),
                ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ] + (1...max(sheetCount, 1)).prefix(sheetCount).map {
                ("/xl/worksheets/sheet\($0).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
            }
            for (part, type) in overrides {
                try xml.element("Override", attributeList: [("PartName", part), ("ContentType", type)])
            }
        }
    }

    static func rootRelationships(_ xml: XMLStreamWriter) throws {
        try xml.element("Relationships", attributeList: [("xmlns", packageRelationships)]) {
            try xml.element("Relationship", attributeList: [("Id", "rId1"), ("Type", officeRelationship + "officeDocument"), ("Target", "xl/workbook.xml")])
            try xml.element("Relationship", attributeList: [
                ("Id", "rId2"), ("Type", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                ("Target", "docProps/core.xml"),
            ])
            try xml.element("Relationship", attributeList: [("Id", "rId3"), ("Type", officeRelationship + "extended-properties"), ("Target", "docProps/app.xml")])
        }
    }

    static func workbookRelationships(_ xml: XMLStreamWriter, sheetCount: Int) throws {
        try xml.element("Relationships", attributeList: [("xmlns", packageRelationships)]) {
            for index in 0..<sheetCount {
                try xml.element("Relationship", attributeList: [
                    ("Id", "rId\(index + 1)"), ("Type", officeRelationship + "worksheet"), ("Target", "worksheets/sheet\(index + 1).xml"),
                ])
            }
            try xml.element("Relationship", attributeList: [("Id", "rId\(sheetCount + 1)"), ("Type", officeRelationship + "styles"), ("Target", "styles.xml")])
            try xml.element("Relationship", attributeList: [
                ("Id", "rId\(sheetCount + 2)"), ("Type", officeRelationship + "sharedStrings"), ("Target", "sharedStrings.xml"),
            ])
        }
    }

    static func workbook(_ xml: XMLStreamWriter, workbook: Workbook) throws {
        try xml.element("workbook", attributeList: [("xmlns", spreadsheetNamespace), ("xmlns:r", relationshipNamespace)]) {
            try xml.element("bookViews") { try xml.element("workbookView", attributeList: [("activeTab", "0")]) }
            try xml.element("sheets") {
                for (index, sheet) in workbook.sheets.enumerated() {
                    try xml.element("sheet", attributeList: [("name", sheet.name), ("sheetId", "\(index + 1)"), ("r:id", "rId\(index + 1)")])
                }
            }
            let titles = workbook.sheets.enumerated().compactMap { index, sheet in sheet.printTitleRows.map { (index, sheet.name, $0) } }
            if !titles.isEmpty {
                try xml.element("definedNames") {
                    for (index, name, rows) in titles {
                        let bounds = rows.split(separator: ":").map { "$\($0)" }.joined(separator: ":")
                        try xml.element("definedName", attributeList: [("name", "_xlnm.Print_Titles"), ("localSheetId", "\(index)")]) {
                            try xml.text("'\(name.replacingOccurrences(of: "'", with: "''"))'!\(bounds)")
                        }
                    }
                }
            }
        }
    }

    /// The core properties: title, creator and language only (no dates, no user), so the bytes never change.
    static func core(_ xml: XMLStreamWriter, workbook: Workbook) throws {
        try xml.element("cp:coreProperties", attributeList: [
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
        ]) {
            try xml.element("dc:title") { try xml.text(workbook.title) }
            try xml.element("dc:creator") { try xml.text(workbook.creator) }
            try xml.element("dc:language") { try xml.text("vi-VN") }
        }
    }

    static func app(_ xml: XMLStreamWriter) throws {
        try xml.element("Properties", attributeList: [("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")]) {
            try xml.element("Application") { try xml.text("BaoCao") }
        }
    }
}
