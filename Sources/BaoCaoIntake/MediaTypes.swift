/// The media type of a file the service sends, by extension.
enum MediaTypes {
    static func forFile(_ name: String) -> String {
        switch name.split(separator: ".").last?.lowercased() ?? "" {
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "pdf": "application/pdf"
        case "md", "markdown": "text/markdown; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "yaml", "yml": "application/yaml"
        case "json": "application/json"
        case "zip": "application/zip"
        default: "application/octet-stream"
        }
    }
}
