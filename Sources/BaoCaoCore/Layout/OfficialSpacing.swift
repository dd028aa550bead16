/// Vertical gaps in points around page 1's header and the final block, shared by the DOCX and ODT
/// writers so that both print the same page (values read off Mẫu 1.4; Decree 30 gives none).
package enum OfficialSpacing {
    /// Between the rules of the header table and its second row (number, place and date).
    package static let headerSecondRow = 6.0
    /// Between the header table and the type name ("BÁO CÁO").
    package static let beforeTitle = 24.0
    /// Between the rule under the subject and the body.
    package static let afterSubjectRule = 12.0
    /// Between the short rule under an annex's "(Kèm theo …)" line and the annex content.
    package static let afterAnnexRule = 12.0
    /// Between the end of the body and the final block ("Nơi nhận" and the signature).
    package static let beforeFinalBlock = 12.0
}
