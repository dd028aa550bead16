import BaoCaoCore

// The catalogue: messages about the department submissions (the inbox, the file forms, figures and
// numbers). Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    // MARK: Inbox

    /// No folder for the period.
    static func noSubmissionsFolder(_ period: String) -> Message {
        Message(vi: "không có thư mục báo cáo của kỳ \(period)", en: "no submissions folder for \(period)")
    }

    /// A file of a kind that is not a submission.
    static func notASubmission(expected: String) -> Message {
        Message(vi: "không phải tệp báo cáo (cần \(expected)); bỏ qua", en: "not a submission (expected \(expected)); ignored")
    }

    /// An Office lock file or a file the system leaves in folders.
    static let ignoredSystemFile = Message(
        vi: "không phải báo cáo (tệp khóa của Office hoặc tệp hệ thống); bỏ qua",
        en: "not a submission (an Office lock file or a system file); ignored")

    /// A file sent to the intake that is no submission.
    static func notASubmissionFile(expected: String) -> Message {
        Message(vi: "không phải tệp báo cáo (cần \(expected))", en: "not a submission (expected \(expected))")
    }

    /// A file sent through the intake that declares another department than the sender's account.
    static func notTheAccountsDepartment(declared: String, account: String) -> Message {
        Message(
            vi: "tệp ghi đơn vị '\(declared)', không phải đơn vị của tài khoản ('\(account)')",
            en: "the file declares department '\(declared)', not the account's ('\(account)')")
    }

    /// A file whose name names one department while its content declares another.
    static func nameAndDeclarationDiffer(named: String, declared: String) -> Message {
        Message(
            vi: "tên tệp ghi đơn vị '\(named)' nhưng nội dung khai báo đơn vị '\(declared)'; hãy sửa tên tệp hoặc dòng department; tệp bị bỏ qua",
            en: "the file name names department '\(named)' but the file declares '\(declared)'; correct the name or the department line; the file is left out")
    }

    /// A Word or LibreOffice narrative whose name names no department, or several.
    static func documentDepartment(named: [String], known: [String]) -> Message {
        named.isEmpty
            ? Message(
                vi: "tên tệp không có mã đơn vị nào; hãy đặt tên có mã đơn vị, ví dụ 'skhdt-tong-quan.docx' (các mã: \(list(known)))",
                en: "the file name names no department; put the department's id in it, for example 'skhdt-tong-quan.docx' (known: \(list(known)))")
            : Message(
                vi: "tên tệp có nhiều mã đơn vị (\(list(named))); hãy giữ lại một mã (các mã: \(list(known)))",
                en: "the file name names several departments (\(list(named))); keep one (known: \(list(known)))")
    }

    /// A narrative document whose key the name does not tell.
    static func documentKey(department: String, expected: [String]) -> Message {
        expected.isEmpty
            ? Message(
                vi: "đề cương không cần bài viết nào của \(department); hãy đặt tên tệp '\(department)-<khóa>.docx'",
                en: "the outline expects no narrative from \(department); name the file '\(department)-<key>.docx'")
            : Message(
                vi: "tên tệp không cho biết là bài viết nào của \(department); đề cương cần: \(list(expected)) (ví dụ '\(department)-\(expected[0]).docx')",
                en: "the file name does not tell which narrative of \(department) it is; the outline expects: \(list(expected)) (for example '\(department)-\(expected[0]).docx')")
    }

    // MARK: File forms

    /// A Markdown submission without its front matter.
    static let markdownNeedsFrontMatter = Message(
        vi: "bài viết Markdown bắt đầu bằng phần đầu: '---', department, period, key, '---'",
        en: "a Markdown submission starts with a front matter: '---', department, period, key, '---'")

    /// A CSV line that is neither a header row nor a table header.
    static let csvUnexpectedRow = Message(
        vi: "cần dòng 'department', 'period' hoặc hàng tiêu đề bắt đầu bằng 'id'",
        en: "expected 'department', 'period' or the header row starting with 'id'")

    /// A quote that opens a cell and is never closed.
    static let csvUnclosedQuote = Message(
        vi: "dấu ngoặc kép (\") mở ô ở dòng này không được đóng, nên ô kéo đến hết tệp; hãy thêm dấu \" đóng ô",
        en: "the quote (\") that opens a cell on this line is never closed, so the cell runs to the end of the file; add the closing \"")

    /// A CSV without its department row.
    static let csvMissingDepartment = Message(
        vi: "thiếu dòng 'department;<mã đơn vị>' trước bảng", en: "missing the row 'department;<id>' before the table")

    /// A CSV without its period row.
    static let csvMissingPeriod = Message(vi: "thiếu dòng 'period;YYYY-MM' trước bảng", en: "missing the row 'period;YYYY-MM' before the table")

    /// A CSV without its table header.
    static let csvMissingHeader = Message(vi: "thiếu hàng tiêu đề bắt đầu bằng 'id'", en: "missing the header row starting with 'id'")

    /// A CSV the parser refuses after some rows.
    static func csvUnreadableAfter(row: Int, reason: String) -> Message {
        Message(vi: "không đọc được CSV sau hàng \(row): \(reason)", en: "cannot read the CSV after row \(row): \(reason)")
    }

    /// A CSV the parser refuses.
    static func csvUnreadable(_ reason: String) -> Message {
        Message(vi: "không đọc được CSV: \(reason)", en: "cannot read the CSV: \(reason)")
    }

    /// A Markdown narrative the renderer cannot read.
    static func unreadableMarkdown(_ reason: String) -> Message {
        Message(vi: "không đọc được Markdown: \(reason)", en: "cannot read the Markdown: \(reason)")
    }

    // MARK: Figures

    /// A `cumulative` field that is not a yes/no flag.
    static func badCumulativeFlag(_ id: String, text: String) -> Message {
        Message(
            vi: "chỉ tiêu '\(id)': cumulative phải là true hoặc false (có/không), không phải '\(text)'",
            en: "figure '\(id)': cumulative must be true or false (có/không), not '\(text)'")
    }

    /// A figure without a kind.
    static func figureWithoutKind(_ id: String, kinds: [String]) -> Message {
        Message(vi: "số liệu '\(id)' không có loại (kind: một trong \(list(kinds)))", en: "figure '\(id)' has no kind (one of: \(list(kinds)))")
    }

    /// A figure of an unknown kind.
    static func unknownFigureKind(_ id: String, kind: String, kinds: [String]) -> Message {
        Message(
            vi: "số liệu '\(id)': loại '\(kind)' không có (một trong: \(list(kinds)))",
            en: "figure '\(id)': unknown kind '\(kind)' (one of: \(list(kinds)))")
    }

    /// An amount without its unit.
    static func amountWithoutUnit(_ id: String) -> Message {
        Message(
            vi: "số liệu '\(id)' là một lượng nhưng không có đơn vị (tỷ đồng, ha, lượt…)",
            en: "figure '\(id)' is an amount but has no unit (tỷ đồng, ha, lượt…)")
    }

    /// A figure without a value.
    static func figureWithoutValue(_ id: String) -> Message {
        Message(vi: "số liệu '\(id)' không có giá trị", en: "figure '\(id)' has no value")
    }

    /// A count that is not whole.
    static func countNotWhole(_ id: String, text: String) -> Message {
        Message(
            vi: "số liệu '\(id)' là số đếm nhưng '\(text)' không phải số nguyên",
            en: "figure '\(id)' is a count but '\(text)' is not a whole number")
    }

    /// An amount whose dot was read as a thousands separator.
    static func dotReadAsThousands(_ id: String, text: String, value: String, meant: String) -> Message {
        Message(
            vi: "số liệu '\(id)': '\(text)' được đọc là \(value) (dấu chấm phân cách hàng nghìn); nếu là số thập phân, hãy viết \(meant)",
            en: "figure '\(id)': '\(text)' is read as \(value) (the dot groups thousands); if a decimal was meant, write \(meant)")
    }

    /// A task figure without its assigned count.
    static func taskWithoutAssigned(_ id: String) -> Message {
        Message(vi: "số liệu nhiệm vụ '\(id)' không có số 'assigned' (được giao)", en: "task figure '\(id)' has no 'assigned' count")
    }

    // MARK: Numbers

    /// '.' followed by three digits where a decimal point may be meant.
    static func ambiguousDot(_ text: String) -> Message {
        Message(
            vi: "số '\(text)' viết chưa rõ: dấu '.' và ba chữ số ở đây có thể là dấu thập phân; hãy dùng ',' cho phần thập phân hoặc bỏ dấu '.'",
            en: "number '\(text)' is in an ambiguous format: '.' followed by three digits may be a decimal point here; write it with ',' for decimals or without the '.'")
    }

    /// Separators used in a way that is neither Vietnamese nor unambiguous.
    static func ambiguousSeparators(_ text: String) -> Message {
        Message(
            vi: "số '\(text)' viết chưa rõ: hàng nghìn phân cách bằng '.', phần thập phân bằng ',' (1.234 hoặc 1,5)",
            en: "number '\(text)' is in an ambiguous format: write thousands with '.' and decimals with ',' (1.234 or 1,5)")
    }

    /// A number written the English way.
    static func englishStyleNumber(_ text: String) -> Message {
        Message(
            vi: "số '\(text)' viết chưa rõ (kiểu tiếng Anh?): hàng nghìn phân cách bằng '.', phần thập phân bằng ',', ví dụ 98,3 hoặc 2.344,844",
            en: "number '\(text)' is in an ambiguous format (English style?): write thousands with '.' and decimals with ',', for example 98,3 or 2.344,844")
    }

    /// Text that is not a number.
    static func notANumber(_ text: String) -> Message {
        Message(vi: "'\(text)' không phải là một số", en: "'\(text)' is not a number")
    }

    /// A tally that is not whole.
    static func tallyNotWhole(_ text: String) -> Message {
        Message(vi: "'\(text)' phải là số nguyên (số nhiệm vụ, số việc)", en: "'\(text)' must be a whole number of tasks or items")
    }
}
