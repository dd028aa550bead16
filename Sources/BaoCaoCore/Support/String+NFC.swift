import Foundation

extension String {
    /// The text in Unicode Normalization Form C, as every BaoCao string is kept.
    package var nfc: String { isKnownNFC ? self : precomposedStringWithCanonicalMapping }

    /// True when every scalar lies in a range whose characters are all NFC by themselves (ASCII,
    /// Latin-1 and Latin Extended, the precomposed Vietnamese letters, common punctuation and ₫):
    /// such text needs no normalisation, which spares a costly pass over typical Vietnamese input.
    var isKnownNFC: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x2027, 0x20AB: return true
            default: return false
            }
        }
    }
}
