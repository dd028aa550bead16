import BaoCaoCore

/// The names of the styles the writer defines and refers to; each has a Vietnamese display name
/// in styles.xml (or is automatic, in content.xml).
enum StyleName {
    // Paragraph styles of styles.xml.
    static let standard = "Standard"
    static let body = "Noi_dung"
    static let listItem = "Danh_sach"
    static let parentBody = "Co_quan_chu_quan"
    static let issuingBody = "Co_quan_ban_hanh"
    static let number = "So_ky_hieu"
    static let nationalName = "Quoc_hieu"
    static let motto = "Tieu_ngu"
    static let placeDate = "Dia_danh_ngay_thang"
    static let documentType = "Ten_loai"
    static let subject = "Trich_yeu"
    static let rule = "Duong_ke"
    static let distributionTitle = "Noi_nhan"
    static let distributionItem = "Muc_noi_nhan"
    static let signatureLine = "Chuc_vu"
    static let signerName = "Ho_ten"
    static let pageHeader = "Header"
    static let draftHeader = "Du_thao"
    static let highlight = "Danh_dau"
    static let footnote = "Footnote"
    static let tableText = "Bang"
    static let tableHeading = "Bang_tieu_de"
    static let tableCaption = "Ten_bang"
    static let annexHeading = "Phu_luc"
    static let annexTitle = "Ten_phu_luc"
    static let annexReference = "Kem_theo"

    // Text styles of styles.xml.
    static let bold = "Dam"
    static let italic = "Nghieng"
    static let underline = "Gach_chan"
    static let strikethrough = "Gach_ngang"
    static let superscript = "Chi_so_tren"
    static let `subscript` = "Chi_so_duoi"
    /// The number in front of a footnote's text. LibreOffice applies only its built-in "Footnote
    /// Symbol" there (and shows that name translated in a Vietnamese interface), so this one keeps it.
    static let footnoteNumber = "Footnote_20_Symbol"

    // List styles of styles.xml.
    static let bulletList = "Gach_dau_dong"
    static let numberedList = "Danh_so"
    static let compactBulletList = "Gach_dau_dong_gon"
    static let compactNumberedList = "Danh_so_gon"

    // Page styles of styles.xml.
    static let pageLayout = "Trang_A4"
    static let masterPage = "Standard"
    static let annexFirstPage = "Trang_dau_phu_luc"
    static let annexPage = "Trang_phu_luc"

    // Automatic styles of content.xml.
    static let issuerRule = "Ke_co_quan"
    static let mottoRule = "Ke_tieu_ngu"
    /// The short rule under the "(Kèm theo …)" line of annex `index` (0-based), sized to that line.
    static func annexRule(_ index: Int) -> String { "Ke_phu_luc_\(index + 1)" }
    static let subjectRule = "Ke_trich_yeu"
    static let pageBreak = "Ngat_trang"
    static let headerTable = "Bang_dau_trang"
    static let finalTable = "Bang_ky"
    static let bodyTable = "Bang_noi_dung"
    static let plainCell = "O_khong_vien"
    static let borderedCell = "O_co_vien"
    static let unbrokenRow = "Hang_lien"
    static let cellLeft = "Bang_trai"
    static let cellCentre = "Bang_giua"
    static let cellRight = "Bang_phai"
}

extension HeadingKind {
    /// The ODT paragraph style of headings of this kind.
    var styleName: String {
        switch self {
        case .muc: return "Muc"
        case .khoan: return "Khoan"
        case .subKhoan: return "Tieu_khoan"
        case .diem: return "Diem"
        }
    }

    /// The Vietnamese display name of the style.
    var styleDisplayName: String {
        switch self {
        case .muc: return "Mục (I.)"
        case .khoan: return "Khoản (1.)"
        case .subKhoan: return "Tiểu khoản (1.1.)"
        case .diem: return "Điểm (a))"
        }
    }
}
