/// A language diagnostics are printed in: Vietnamese for the clerks and officials (the default),
/// English for engineers and logs.
public enum Language: String, Hashable, Sendable, CaseIterable, Codable {
    /// Vietnamese, the default.
    case vi
    /// English, on request (`--lang en`, or a locale such as `LANG=en_US.UTF-8`).
    case en

    /// The language a POSIX locale environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set and not empty decides; a value starting with "en" means English,
    /// anything else (including no locale, `C` or `C.UTF-8`) Vietnamese.
    public static func preferred(by environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("en") == true ? .en : .vi
    }
}
