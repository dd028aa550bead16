import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The legacy Vietnamese encodings still found in provincial offices: Windows-1258 and TCVN3,
/// converted by the C library's iconv, and VNI, converted by its published table (iconv has none).
///
/// Any byte string is "valid" in a single-byte encoding, so a reading is accepted only when it is
/// plausible Vietnamese: every non-ASCII character a Vietnamese letter or common typographic mark,
/// no mark left without its vowel, at most one tone in a word, no capital after a small letter in
/// a word; and only when exactly one
/// encoding reads the bytes best.
enum LegacyVietnamese {
    /// The one plausible reading of `data`, or `nil` when none or several are.
    static func decode(_ data: Data) -> TextDecoding.Decoded? {
        let readings: [TextDecoding.Decoded] = [
            convert(data, from: "WINDOWS-1258").map { .init(text: $0, encoding: .windows1258) },
            convert(data, from: "TCVN5712-1").map { .init(text: $0, encoding: .tcvn3) },
            vni(data).map { .init(text: $0, encoding: .vni) },
        ].compactMap { $0 }.filter { isPlausibleVietnamese($0.text) }
        // The reading that needed the fewest characters used the most bytes as marks of a letter:
        // a text in VNI read as TCVN3 has two toned letters where VNI has one.
        let ranked = readings.sorted { $0.text.count < $1.text.count }
        guard let best = ranked.first, ranked.count == 1 || ranked[1].text.count > best.text.count else { return nil }
        return best
    }

    // MARK: Plausibility

    private static let lowercaseLetters =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    private static let letters = Set(lowercaseLetters + lowercaseLetters.uppercased())
    private static let tones: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
    private static let marks: Set<Character> = Set("–—‘’“”…•°×€₫«»§·\u{00A0}")

    /// True when `text` reads as Vietnamese (see the type's documentation).
    static func isPlausibleVietnamese(_ text: String) -> Bool {
        var tonesInWord = 0
        var vietnameseLetters = 0
        var previous: Character = " "
        for character in text.nfc {
            defer { previous = character }
            if character.isLetter, character.isUppercase, previous.isLetter, previous.isLowercase { return false }
            if character.isASCII {
                if !character.isLetter { tonesInWord = 0 }
                continue
            }
            if letters.contains(character) {
                vietnameseLetters += 1
                if String(character).decomposedStringWithCanonicalMapping.unicodeScalars.contains(where: tones.contains) {
                    tonesInWord += 1
                    if tonesInWord > 1 { return false }
                }
            } else if marks.contains(character) {
                tonesInWord = 0
            } else {
                return false
            }
        }
        return vietnameseLetters > 0
    }

    // MARK: iconv

    /// `data` converted from `charset` by iconv, in NFC; `nil` when iconv lacks the charset or
    /// refuses a byte.
    private static func convert(_ data: Data, from charset: String) -> String? {
        let converter = iconv_open("UTF-8", charset)
        guard Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        input.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
        var output = [CChar](repeating: 0, count: data.count * 4 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0,
                    // Flushes the last letter, which a converter holds back until it knows no mark follows.
                    iconv(converter, nil, nil, &outPointer, &outLeft) != -1
                else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)?.nfc
    }

    // MARK: VNI

    /// Bytes that follow a letter in VNI and add marks to it (upper and lower case forms).
    private static let vniMarks: [UInt8: String] = {
        let lower: [UInt8: String] = [
            0xF9: "\u{301}", 0xF8: "\u{300}", 0xFB: "\u{309}", 0xF5: "\u{303}", 0xEF: "\u{323}",
            0xE2: "\u{302}", 0xE1: "\u{302}\u{301}", 0xE0: "\u{302}\u{300}", 0xE5: "\u{302}\u{309}", 0xE3: "\u{302}\u{303}", 0xE4: "\u{302}\u{323}",
            0xEA: "\u{306}", 0xE9: "\u{306}\u{301}", 0xE8: "\u{306}\u{300}", 0xFA: "\u{306}\u{309}", 0xFC: "\u{306}\u{303}", 0xEB: "\u{306}\u{323}",
        ]
        return lower.reduce(into: lower) { table, entry in table[entry.key - 0x20] = entry.value }
    }()

    /// Bytes that are a letter of their own in VNI.
    private static let vniLetters: [UInt8: String] = {
        let lower: [UInt8: (String, String)] = [
            0xF4: ("ơ", "Ơ"), 0xF6: ("ư", "Ư"), 0xF1: ("đ", "Đ"), 0xED: ("í", "Í"), 0xEC: ("ì", "Ì"),
            0xE6: ("ỉ", "Ỉ"), 0xF3: ("ĩ", "Ĩ"), 0xF2: ("ị", "Ị"), 0xEE: ("ỵ", "Ỵ"),
        ]
        var table: [UInt8: String] = [:]
        for (byte, (small, capital)) in lower {
            table[byte] = small
            table[byte - 0x20] = capital
        }
        return table
    }()

    /// The vowels VNI's mark bytes may follow.
    private static let vowels = Set("aeiouyAEIOUYơưíìỉĩịỵƠƯÍÌỈĨỊỴ")

    /// `data` read as VNI Windows, in NFC; `nil` at a byte VNI does not use or a mark without a vowel.
    static func vni(_ data: Data) -> String? {
        var scalars = String.UnicodeScalarView()
        var previousIsVowel = false
        for byte in data {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                previousIsVowel = vowels.contains(Character(Unicode.Scalar(byte)))
            } else if let letter = vniLetters[byte] {
                scalars.append(contentsOf: letter.unicodeScalars)
                previousIsVowel = vowels.contains(Character(letter))
            } else if let mark = vniMarks[byte], previousIsVowel {
                scalars.append(contentsOf: mark.unicodeScalars)
            } else {
                return nil
            }
        }
        return String(scalars).nfc
    }
}
