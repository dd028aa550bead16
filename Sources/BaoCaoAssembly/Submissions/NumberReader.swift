import BaoCaoCore
import Foundation

/// Reads the numbers of a submission in the Vietnamese style, flagging the ones that could be misread.
enum NumberReader {
    /// Parses `text` ("3.384", "2.344,844", "98,3"); reports an error at `location` and returns `nil`
    /// when it is not a number or is ambiguous ("1,234", "98.3", "2344.844").
    static func read(_ text: String, at location: SourceLocation, log: DiagnosticLog) -> VietnameseNumberParser.Value? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            .trimmingCharacters(in: .whitespaces)
        do {
            return try VietnameseNumberParser.parse(trimmed, strict: true)
        } catch .ambiguous {
            log.error("number '\(text)' is in an ambiguous format: write thousands with '.' and decimals with ',' (1.234 or 1,5)", at: location)
        } catch {
            if looksEnglish(trimmed) {
                log.error("number '\(text)' is in an ambiguous format (English style?): write thousands with '.' and decimals with ',', for example 98,3 or 2.344,844", at: location)
            } else {
                log.error("'\(text)' is not a number", at: location)
            }
        }
        return nil
    }

    /// Reads a whole, non-negative count; reports an error and returns `nil` otherwise.
    static func count(_ text: String, at location: SourceLocation, log: DiagnosticLog) -> Int? {
        guard let value = read(text, at: location, log: log) else { return nil }
        guard value.fractionDigits == 0, value.value >= 0 else {
            log.error("'\(text)' must be a whole number of tasks or items", at: location)
            return nil
        }
        return NSDecimalNumber(decimal: value.value).intValue
    }

    /// True for "98.3", "2344.844" or "1,234.5": a decimal point or comma grouping as English writes them.
    private static func looksEnglish(_ text: String) -> Bool {
        let digitsAndMarks = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        return digitsAndMarks && text.contains(".") && text.contains(where: \.isNumber)
    }
}
