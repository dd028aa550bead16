/// A zip package an importer reads (DOCX, ODT), and the errors that name it in one way for every
/// format: "cannot read as FORMAT: …" for the package as a whole, "PART: …" for one of its parts.
///
///     let input = PackageInput(source: "so-yte.odt", format: "ODT")
///     throw input.unreadable(.technicalDetail("not a zip file"))   // so-yte.odt: error: cannot read as ODT: not a zip file
///     throw input.badPart("content.xml", .technicalDetail("unexpected end of file"), line: 4)   // so-yte.odt:4: error: content.xml: …
package struct PackageInput: Sendable {
    /// The input file as the user named it.
    package let source: String
    /// The format as messages name it, for example "DOCX".
    package let format: String

    /// Describes the package read from `source` as `format`.
    package init(source: String, format: String) {
        self.source = source
        self.format = format
    }

    /// A bad-input error about the package as a whole: "cannot read as FORMAT: `reason`".
    package func unreadable(_ reason: Message) -> BaoCaoError {
        .badInput(.unreadablePackage(format: format, reason: reason), at: SourceLocation(file: source))
    }

    /// Runs `open`, which opens the package; any error it throws becomes ``unreadable(_:)`` with
    /// the error's description as the reason.
    package func opening<T>(_ open: () throws -> T) throws(BaoCaoError) -> T {
        do {
            return try open()
        } catch {
            throw unreadable(.technicalDetail("\(error)"))
        }
    }

    /// Runs `read`, which reads the part `part`; any error it throws becomes ``badPart(_:_:line:)``
    /// with the error's description as the reason.
    package func reading<T>(_ part: String, _ read: () throws -> T) throws(BaoCaoError) -> T {
        do {
            return try read()
        } catch {
            throw badPart(part, .technicalDetail("\(error)"))
        }
    }

    /// A bad-input error in the part `part` (at `line` of that part, when known): "PART: `reason`".
    package func badPart(_ part: String, _ reason: Message, line: Int? = nil) -> BaoCaoError {
        .badInput(.badPart(part, reason: reason), at: SourceLocation(file: source, line: line))
    }
}
