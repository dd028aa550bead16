import BaoCaoCore
import Foundation

/// Reads the numbers of a submission in the Vietnamese style, flagging the ones that could be misread.
enum NumberReader {
    /// Where a number was written, which decides what counts as ambiguous.
    enum Style {
        /// YAML, or CSV saved by Excel in a Vietnamese locale (";"): "497,984" is a decimal.
        case vietnamese
        /// Plain RFC 4180 CSV (","), often saved in an English locale: "1,234" and "1.234" could be
        /// either a thousand-grouped integer or a decimal, so both are ambiguous.
        case mixed
    }

    /// Parses `text` ("3.384", "2.344,844", "98,3"); reports an error at `location` and returns `nil`
    /// when it is not a number or is ambiguous ("98.3", "2344.844", and in `mixed` style "1,234" or "1.234").
    static func read(_ text: String, style: Style = .vietnamese, at location: SourceLocation, log: DiagnosticLog) -> VietnameseNumberParser.Value? {
        let trimmed = text.utf8.contains(UInt8(ascii: "%"))
            ? text.trimmedWhitespace.replacingOccurrences(of: "%", with: "").trimmedWhitespace
            : text.trimmedWhitespace
        if style == .mixed, isSingleGroup(trimmed) {
            log.error(.ambiguousDot(text), at: location)
            return nil
        }
        do {
            return try VietnameseNumberParser.parse(trimmed, strict: style == .mixed)
        } catch .ambiguous {
            log.error(.ambiguousSeparators(text), at: location)
        } catch {
            if looksEnglish(trimmed) {
                log.error(.englishStyleNumber(text), at: location)
            } else {
                log.error(.notANumber(text), at: location)
            }
        }
        return nil
    }

    /// Reads a whole, non-negative count; reports an error and returns `nil` otherwise.
    static func count(_ text: String, style: Style = .vietnamese, at location: SourceLocation, log: DiagnosticLog) -> Int? {
        guard let value = read(text, style: style, at: location, log: log) else { return nil }
        guard value.fractionDigits == 0, value.value >= 0 else {
            log.error(.tallyNotWhole(text), at: location)
            return nil
        }
        return NSDecimalNumber(decimal: value.value).intValue
    }

    /// True for "1.234": one dot and exactly three digits after it, nothing else.
    static func isSingleGroup(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let before = bytes.distance(from: bytes.startIndex, to: dot)
        return (1...3).contains(before) && bytes.count - before - 1 == 3
            && bytes.allSatisfy { $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && bytes[bytes.index(after: dot)...].allSatisfy { $0 != UInt8(ascii: ".") }
    }

    /// True for "98.3", "2344.844" or "1,234.5": a decimal point or comma grouping as English writes them.
    private static func looksEnglish(_ text: String) -> Bool {
        let digitsAndMarks = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        return digitsAndMarks && text.contains(".") && text.contains(where: \.isNumber)
    }
}
