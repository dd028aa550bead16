import BaoCaoCore
import BaoCaoXML
import Foundation

/// Writes one worksheet part (`xl/worksheets/sheetN.xml`), its elements in the order the schema
/// requires (CT_Worksheet): sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
/// sheetProtection, mergeCells, dataValidations, pageMargins, pageSetup.
enum WorksheetPart {
    static func write(_ xml: XMLStreamWriter, sheet: Worksheet, styles: inout StyleTable, strings: inout SharedStrings) throws {
        try xml.element("worksheet", attributeList: [
            ("xmlns", PackageParts.spreadsheetNamespace), ("xmlns:r", PackageParts.relationshipNamespace),
        ]) {
            try xml.element("sheetPr") { try xml.element("pageSetUpPr", attributeList: [("fitToPage", "1")]) }
            let width = max(sheet.columns.count, sheet.rows.map(\.cells.count).max() ?? 0, 1)
            try xml.element("dimension", attributeList: [("ref", "A1:\(CellReference.reference(column: width - 1, row: max(sheet.rows.count, 1)))")])
            try xml.element("sheetViews") {
                try xml.element("sheetView", attributeList: [("workbookViewId", "0")]) {
                    if sheet.frozenRows > 0 {
                        let topLeft = CellReference.reference(column: 0, row: sheet.frozenRows + 1)
                        try xml.element("pane", attributeList: [
                            ("ySplit", "\(sheet.frozenRows)"), ("topLeftCell", topLeft), ("activePane", "bottomLeft"), ("state", "frozen"),
                        ])
                        try xml.element("selection", attributeList: [("pane", "bottomLeft"), ("activeCell", topLeft), ("sqref", topLeft)])
                    }
                }
            }
            try xml.element("sheetFormatPr", attributeList: [("defaultRowHeight", "15.75")])
            if !sheet.columns.isEmpty {
                try xml.element("cols") {
                    for (index, column) in sheet.columns.enumerated() {
                        var attributes = [("min", "\(index + 1)"), ("max", "\(index + 1)"), ("width", StyleTable.number(column.width)), ("customWidth", "1")]
                        if column.hidden { attributes.append(("hidden", "1")) }
                        try xml.element("col", attributeList: attributes)
                    }
                }
            }
            try xml.element("sheetData") {
                for (index, row) in sheet.rows.enumerated() {
                    var attributes = [("r", "\(index + 1)")]
                    if let height = row.height { attributes += [("ht", StyleTable.number(height)), ("customHeight", "1")] }
                    try xml.element("row", attributeList: attributes) {
                        for (column, cell) in row.cells.enumerated() {
                            guard let cell else { continue }
                            try writeCell(xml, cell, reference: CellReference.reference(column: column, row: index + 1), styles: &styles, strings: &strings)
                        }
                    }
                }
            }
            if sheet.protected {
                let password = sheet.password.map {
                    [("algorithmName", SheetPassword.algorithmName), ("hashValue", $0.hashBase64), ("saltValue", $0.saltBase64), ("spinCount", "\($0.spinCount)")]
                } ?? []
                try xml.element("sheetProtection", attributeList: password + [
                    ("sheet", "1"), ("objects", "1"), ("scenarios", "1"), ("formatColumns", "0"), ("formatRows", "0"),
                ])
            }
            if !sheet.merged.isEmpty {
                try xml.element("mergeCells", attributeList: [("count", "\(sheet.merged.count)")]) {
                    for range in sheet.merged { try xml.element("mergeCell", attributeList: [("ref", range)]) }
                }
            }
            if !sheet.validations.isEmpty {
                try xml.element("dataValidations", attributeList: [("count", "\(sheet.validations.count)")]) {
                    for rule in sheet.validations { try writeValidation(xml, rule) }
                }
            }
            try xml.element("pageMargins", attributeList: [
                ("left", "0.59"), ("right", "0.39"), ("top", "0.59"), ("bottom", "0.59"), ("header", "0.3"), ("footer", "0.3"),
            ])
            try xml.element("pageSetup", attributeList: [
                ("paperSize", "9"), ("orientation", sheet.landscape ? "landscape" : "portrait"), ("fitToWidth", "1"), ("fitToHeight", "0"),
            ])
        }
    }

    private static func writeCell(_ xml: XMLStreamWriter, _ cell: Cell, reference: String, styles: inout StyleTable,
                                  strings: inout SharedStrings) throws {
        var attributes = [("r", reference)]
        let style = styles.index(cell.style)
        if style != 0 { attributes.append(("s", "\(style)")) }
        switch cell.value {
        case .empty:
            try xml.element("c", attributeList: attributes)
        case .text(let text):
            attributes.append(("t", "s"))
            let index = strings.index(text)
            try xml.element("c", attributeList: attributes) { try xml.element("v") { try xml.text("\(index)") } }
        case .number(let value):
            try xml.element("c", attributeList: attributes) { try xml.element("v") { try xml.text("\(value)") } }
        }
    }

    private static func writeValidation(_ xml: XMLStreamWriter, _ rule: Worksheet.Validation) throws {
        var attributes = [("type", rule.kind.rawValue)]
        if rule.minimum != nil { attributes.append(("operator", "greaterThanOrEqual")) }
        attributes += [
            ("allowBlank", "1"), ("showErrorMessage", "1"), ("errorTitle", rule.errorTitle), ("error", rule.errorMessage), ("sqref", rule.cells),
        ]
        try xml.element("dataValidation", attributeList: attributes) {
            // Without a lower bound the rule still needs a formula: any number from a very low one.
            try xml.element("formula1") { try xml.text("\(rule.minimum ?? -1_000_000_000_000)") }
        }
    }
}
