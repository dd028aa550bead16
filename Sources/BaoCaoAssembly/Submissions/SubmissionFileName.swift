import BaoCaoCore
import Foundation

/// What a submission's file name says: whether it is a submission at all (Office lock files and the
/// files Windows and macOS leave in folders are not), and which department it names, as a word
/// anywhere in the name ("Bao cao thang 6 - SKHDT.docx" names `skhdt`).
struct SubmissionFileName {
    /// The file name in the period's folder.
    var name: String

    /// The name without its extension.
    var stem: String { (name as NSString).deletingPathExtension }

    /// True for files a folder of e-mail attachments gathers that are not submissions: Word's lock
    /// files (`~$bao-cao.docx`), LibreOffice's (`.~lock.bao-cao.odt#`), `Thumbs.db`, `desktop.ini`,
    /// `.DS_Store`.
    var isSystemFile: Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("~$") || lower.hasPrefix(".~lock.") || ["thumbs.db", "desktop.ini", ".ds_store"].contains(lower)
    }

    /// The words of the name without its extension, folded to lower case without diacritics
    /// ("Báo cáo - SỞ_CT" gives "bao", "cao", "so", "ct").
    var words: [String] {
        Self.folded(stem).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The identifiers among `expected`'s departments that the name has as a word, in their order.
    func departments(among expected: ExpectedSubmissions) -> [String] {
        expected.departments(named: Set(words))
    }

    /// Lower case without diacritics; "đ" becomes "d".
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).replacingOccurrences(of: "đ", with: "d")
    }
}
