import BaoCaoCore
import Foundation

/// The bounds a JSON report is held to before `JSONDecoder` sees it: the decoder and the model's
/// `Codable` conformances recurse once per array or object, so a file of a few kilobytes of `[`
/// would overflow the stack. See `docs/importers.md`, "Limits on what a document declares".
enum JSONInputLimits {
    /// The largest JSON report, in bytes (the sample month's report is under 200 KB).
    static let size = 64 * 1024 * 1024
    /// Arrays and objects nested in one another. A report read from Markdown, nested to
    /// ``ImportLimits/markdownNesting``, is about 210 levels deep as JSON; the XML reader holds
    /// elements to the same 256.
    static let nesting = 256

    /// Refuses `data` when it is larger than ``size``.
    static func checkSize(_ data: Data, source: String) throws {
        guard data.count > size else { return }
        throw BaoCaoError.badInput(.jsonTooLarge(data.count, limit: size), at: SourceLocation(file: source))
    }

    /// Refuses `text` at the first `[` or `{` nested deeper than ``nesting``, naming its line and
    /// column (in characters). Brackets inside strings do not count.
    static func checkNesting(_ text: String, source: String) throws {
        var depth = 0
        var line = 1
        var column = 0
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if byte == 0x0A {
                line += 1
                column = 0
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }  // a continuation byte is not a new character
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > nesting {
                    throw BaoCaoError.badInput(.jsonTooDeep(nesting), at: SourceLocation(file: source, line: line, column: column))
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(depth - 1, 0)
            default:
                break
            }
        }
    }
}
