import BaoCaoCore
import Foundation

/// A number found in the narrative, with what it counts and the clause it stands in.
struct NarrativeFigure: Equatable {
    /// The number as printed: "3.384", "66,2%", "18/92".
    var printed: String
    /// The value in plain machine form ("3384", "66.2", "18/92" for fractions).
    var value: String
    /// What the number counts: "%", "tỷ đồng", "nhiệm vụ" …; empty when unclear.
    var unit: String
    /// The clause around the number.
    var context: String
}

/// Finds the figures of a narrative: Vietnamese-style numbers with their units, leaving out dates,
/// times, document numbers, years and label numbers ("tháng 5", "năm 2023", "Quyết định số 38/2021").
enum NarrativeFigureScanner {
    /// Multi-word units recognised after a number, longest first.
    static let units = [
        "tỷ đồng", "triệu đồng", "nghìn đồng", "nhiệm vụ", "văn bản", "cuộc họp", "quyết định", "công văn",
        "trường hợp", "dự án", "thứ hạng", "lượt khách", "lượt", "người", "ca", "ha", "km", "tấn", "doanh nghiệp",
    ]

    /// Words after which a number is a label, not a figure.
    private static let labelWords: Set<String> = [
        "tháng", "năm", "ngày", "số", "khóa", "đoạn", "mũi", "điều", "khoản", "phiên", "lần", "quý", "kỳ", "đợt", "từ", "đến", "dưới", "trên",
    ]

    /// Units that make a number a label ("5 tháng năm 2023", "tiêm 2 mũi"), not a figure.
    private static let labelUnits: Set<String> = ["tháng", "năm", "ngày", "giờ", "tuần", "quý", "mũi"]

    private static let numberPattern = try! NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}/.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:/(\d+))?(\s?%)?(?![\p{N}/]|[.,]\d|h\d)"#)

    /// How much text on each side of a figure is searched for its clause and unit.
    private static let window = 1000

    /// The figures of `text`, in reading order.
    static func figures(in text: String) -> [NarrativeFigure] {
        let ns = text as NSString
        var out: [NarrativeFigure] = []
        for match in numberPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let numberText = ns.substring(with: match.range(at: 1))
            // The text around the figure, at most `window` UTF-16 units each side: a clause is far
            // shorter, and a paragraph of thousands of numbers then costs linear time, not quadratic.
            let start = max(0, match.range.location - window)
            let before = ns.substring(with: NSRange(location: start, length: match.range.location - start))
            let end = match.range.location + match.range.length
            let after = ns.substring(with: NSRange(location: end, length: min(window, ns.length - end)))
            let previousWord = before.split(whereSeparator: { $0.isWhitespace }).last.map { $0.lowercased() } ?? ""
            let isPercent = match.range(at: 3).location != NSNotFound
            let isFraction = match.range(at: 2).location != NSNotFound
            if !isPercent, labelWords.contains(previousWord) { continue }
            if !isPercent, !isFraction, numberText.count == 4, !numberText.contains(","), let year = Int(numberText), (1900...2100).contains(year) { continue }
            guard let parsed = try? VietnameseNumberParser.parse(numberText) else { continue }
            var value = "\(parsed.value)"
            if isFraction { value += "/" + ns.substring(with: match.range(at: 2)) }
            let unit = isPercent ? "%" : unit(after: after)
            if isFraction, unit.isEmpty { continue }
            if labelUnits.contains(unit) { continue }
            out.append(NarrativeFigure(printed: ns.substring(with: match.range).trimmingCharacters(in: .whitespaces),
                                       value: value, unit: unit, context: clause(before: before, after: after, figure: ns.substring(with: match.range))))
        }
        return out
    }

    private static func unit(after text: String) -> String {
        let rest = text.drop { $0 == " " }.lowercased()
        for unit in units where rest.hasPrefix(unit) {
            let next = rest.dropFirst(unit.count).first
            if next == nil || !(next!.isLetter) { return unit }
        }
        let word = rest.prefix { $0.isLetter }
        return text.first == " " && !word.isEmpty ? String(word) : ""
    }

    /// The clause around a figure: from the previous ";", ", ", ": ", ". " or "(" to the next;
    /// a figure in brackets ("… hoàn thành (73%)") takes the clause before the bracket too.
    private static func clause(before: String, after: String, figure: String) -> String {
        let separators = ["; ", ", ", ": ", ". ", "(", ")", "\n"]
        func clauseStart(_ text: Substring) -> String.Index {
            var start = text.startIndex
            for separator in separators {
                if let range = text.range(of: separator, options: .backwards), range.upperBound > start { start = range.upperBound }
            }
            return start
        }
        var start = clauseStart(before[...])
        if start > before.startIndex, before[before.index(before: start)] == "(", before[start...].split(separator: " ").count <= 1 {
            start = clauseStart(before[..<before.index(before: start)])
        }
        var end = after.endIndex
        for separator in separators + [";", ")"] {
            if let range = after.range(of: separator), range.lowerBound < end { end = range.lowerBound }
        }
        var text = (before[start...] + figure + after[..<end]).trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".;,")))
        if text.contains("("), !text.contains(")") { text += ")" }
        return text
    }
}
