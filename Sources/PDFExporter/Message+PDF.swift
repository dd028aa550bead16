import BaoCaoCore

// The catalogue: messages of the PDF exporter (LibreOffice headless).
// Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    /// LibreOffice is not installed.
    static func officeMissing(package: String) -> Message {
        Message(
            vi: "không tìm thấy LibreOffice (chương trình soffice) để in PDF: cài gói Debian \(package) (apt-get install -y \(package)); không có tệp nào được ghi",
            en: "LibreOffice (the program soffice) is needed to print the PDF: install the Debian package \(package) (apt-get install -y \(package)); no file was written")
    }

    /// LibreOffice overran its time limit and was stopped.
    static func officeTimedOut(seconds: Int) -> Message {
        Message(
            vi: "LibreOffice không in xong PDF trong \(seconds) giây; đã dừng, không có tệp nào được ghi",
            en: "LibreOffice did not finish the PDF within \(seconds) seconds; it was stopped and no file was written")
    }

    /// LibreOffice failed; `said` is what it printed.
    static func officeFailed(status: Int32, said: String) -> Message {
        Message(
            vi: "LibreOffice không in được PDF (mã thoát \(status)): \(said)",
            en: "LibreOffice could not print the PDF (exit status \(status)): \(said)")
    }

    /// LibreOffice prints with another font than the one the document asks for.
    static func fontSubstituted(requested: String, used: String, sameMetrics: Bool) -> Message {
        let vi = sameMetrics
            ? "cùng số đo chữ, nên dòng và trang ngắt như với \(requested)"
            : "khác số đo chữ, nên dòng và trang có thể ngắt khác bản Word"
        let en = sameMetrics
            ? "same metrics, so lines and pages break as with \(requested)"
            : "other metrics, so lines and pages may break differently from Word"
        return Message(
            vi: "máy không có phông \(requested); LibreOffice in PDF bằng phông \(used) (\(vi))",
            en: "the machine has no font \(requested); LibreOffice prints the PDF with \(used) (\(en))")
    }
}
