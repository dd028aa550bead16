import BaoCaoCore
import BaoCaoXML

/// Writes `word/settings.xml`: footnote separators, Vietnamese proofing language, Word 2013+ compatibility.
enum SettingsPart {
    /// Writes the part.
    static func write(_ xml: XMLStreamWriter) throws {
        try xml.node("w:settings", WordNamespace.rootAttributes) {
            try xml.node("w:zoom", [("w:percent", "100")])
            try xml.value("w:defaultTabStop", 567)
            try xml.value("w:characterSpacingControl", "doNotCompress")
            try xml.node("w:footnotePr") {
                try xml.node("w:footnote", [("w:id", String(FootnotesPart.separatorID))])
                try xml.node("w:footnote", [("w:id", String(FootnotesPart.continuationID))])
            }
            try xml.node("w:compat") {
                try xml.node("w:compatSetting", [
                    ("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"), ("w:val", "15"),
                ])
            }
            try xml.node("w:themeFontLang", [("w:val", "vi-VN")])
            try xml.value("w:decimalSymbol", ",")
            try xml.value("w:listSeparator", ";")
        }
    }
}
