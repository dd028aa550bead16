import Foundation

/// Measures how many of a reference text's words another text keeps, as the issues' "at least 99%
/// of the seed's words" criteria mean it: multiset recall over lower-cased words, punctuation and
/// Markdown markup ignored.
public enum WordRecall {
    /// The words of `text`: runs of letters and digits (Unicode), lower-cased, NFC; HTML tags
    /// such as the seed's `<sup>` are markup, not words.
    public static func words(_ text: String) -> [String] {
        text.replacingOccurrences(of: "</?[a-zA-Z][^>]*>", with: " ", options: .regularExpression)
            .precomposedStringWithCanonicalMapping.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }

    /// The share (0…1) of `reference`'s words that `candidate` also holds, counting repeats.
    public static func recall(of reference: String, in candidate: String) -> Double {
        var available: [String: Int] = [:]
        for word in words(candidate) { available[word, default: 0] += 1 }
        let wanted = words(reference)
        guard !wanted.isEmpty else { return 1 }
        var kept = 0
        for word in wanted where available[word, default: 0] > 0 {
            available[word]! -= 1
            kept += 1
        }
        return Double(kept) / Double(wanted.count)
    }
}
