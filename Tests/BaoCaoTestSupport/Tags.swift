import Testing

extension Tag {
    /// Tests that start an outside program (LibreOffice, pandoc, jing, xmllint, python, a browser):
    /// slow, and skipped by `scripts/test --fast`.
    @Tag public static var external: Self
}
