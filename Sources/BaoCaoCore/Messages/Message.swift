/// One message a user reads (a diagnostic, an error), written once in each ``Language``.
///
/// Every message lives in the catalogue, the `Message+*.swift` files of each module (for example
/// `BaoCaoAssembly/Messages/Message+Checks.swift`), as a static function named after what it says;
/// call sites only pick a message and pass its values, so the wording of each language is in one
/// place:
///
///     log.error(.notANumber("12a"), at: location)   // "lỗi: '12a' không phải là một số" / "error: '12a' is not a number"
public struct Message: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The Vietnamese text (NFC).
    public let vi: String
    /// The English text.
    public let en: String

    /// A message with its text in both languages; used only by the catalogue.
    public init(vi: String, en: String) {
        self.vi = vi.nfc
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    /// The Vietnamese text, the default language.
    public var description: String { vi }
}

extension Message {
    /// Joins identifiers or names into one list, the same in both languages: "a, b, c".
    public static func list(_ items: some Sequence<String>) -> String {
        items.joined(separator: ", ")
    }
}
