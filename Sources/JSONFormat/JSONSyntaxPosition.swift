import BaoCaoCore
import Foundation

/// Where a text that is not JSON goes wrong. `JSONDecoder` only says "not valid JSON";
/// `JSONSerialization` names the offset ("Invalid value around character 5."), which this turns
/// into a line and a column (in characters). Runs only on a refused file, after the nesting bound.
enum JSONSyntaxPosition {
    /// The location of the syntax error in `text`, or the file alone when none is named.
    static func location(in text: String, source: String) -> SourceLocation {
        let file = SourceLocation(file: source)
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return file
        } catch {
            let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            guard let match = description.range(of: #"character [0-9]+"#, options: .regularExpression),
                let offset = Int(description[match].dropFirst("character ".count))
            else { return file }
            var line = 1
            var column = 1
            for byte in text.utf8.prefix(offset) {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return SourceLocation(file: source, line: line, column: column)
        }
    }
}
