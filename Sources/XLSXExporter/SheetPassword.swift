import Crypto
import Foundation

/// A sheet protection password as SpreadsheetML stores it: never the password, but its salted,
/// iterated SHA-512 hash (ECMA-376 Part 1 §18.3.1.85 `sheetProtection`: `algorithmName`,
/// `hashValue`, `saltValue`, `spinCount`), which Excel and LibreOffice check when the sheet is
/// unprotected.
///
/// The hash is H₀ = SHA-512(salt ‖ password as UTF-16LE), then Hᵢ₊₁ = SHA-512(Hᵢ ‖ i as a 32-bit
/// little-endian number) for i = 0 …spinCount − 1. The salt is given, not random, so that the same
/// profile gives the same bytes: ``derivedSalt(from:)`` makes one from what the form is for.
public struct SheetPassword: Hashable, Sendable {
    /// The hash algorithm's name as the attribute writes it.
    public static let algorithmName = "SHA-512"
    /// Excel's iteration count.
    public static let defaultSpinCount = 100_000

    /// The hash, in base64.
    public var hashBase64: String
    /// The salt, in base64.
    public var saltBase64: String
    /// How many times the hash was iterated.
    public var spinCount: Int

    /// Hashes `password` with `salt`, iterated `spinCount` times.
    public init(password: String, salt: [UInt8], spinCount: Int = Self.defaultSpinCount) {
        var first = SHA512()
        first.update(data: salt)
        first.update(data: Array(password.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var hash = Array(first.finalize())
        for index in 0..<UInt32(clamping: spinCount) {
            var next = SHA512()
            next.update(data: hash)
            next.update(data: [UInt8(index & 0xFF), UInt8(index >> 8 & 0xFF), UInt8(index >> 16 & 0xFF), UInt8(index >> 24)])
            hash = Array(next.finalize())
        }
        hashBase64 = Data(hash).base64EncodedString()
        saltBase64 = Data(salt).base64EncodedString()
        self.spinCount = spinCount
    }

    /// A 16-byte salt that depends only on `parts` (for a form: the province and the department),
    /// so that the same configuration gives byte-identical files while two departments' forms with
    /// the same password carry different hashes.
    public static func derivedSalt(from parts: [String]) -> [UInt8] {
        Array(SHA512.hash(data: Array(("BaoCao sheet protection salt\u{0}" + parts.joined(separator: "\u{0}")).utf8)).prefix(16))
    }
}
