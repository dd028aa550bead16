import BaoCaoCore
import BaoCaoXML
import BaoCaoZip
import Foundation

/// The parts of an ODT package the importer reads: `content.xml` and, when present, `styles.xml`.
///
/// Entry names are only lookup keys into the zip; nothing is extracted to the file system.
struct ODTPackage {
    /// The input file as the user named it, and the errors that name it.
    let input: PackageInput
    private let zip: SafeZipReader

    /// The media types accepted in the `mimetype` entry.
    static let textMediaTypes = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
    ]

    /// Opens `data` as a zip and checks that it holds an OpenDocument text.
    init(data: Data, source: String) throws {
        input = PackageInput(source: source, format: "ODT")
        zip = try input.opening { try SafeZipReader(data: data) }
        if let mimetype = try read("mimetype") {
            let type = String(decoding: mimetype.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard Self.textMediaTypes.contains(type) else {
                throw input.unreadable(.notOpenDocumentText(type))
            }
        }
        guard zip.contains("content.xml") else {
            throw input.unreadable(.missingPart("content.xml"))
        }
    }

    /// Parses a part as XML, or returns `nil` when the package lacks it.
    func xml(_ part: String) throws -> XMLElementNode? {
        guard let data = try read(part) else { return nil }
        do {
            return try SafeXMLReader.parse(data)
        } catch {
            throw input.badPart(part, .technicalDetail(error.message), line: error.line)
        }
    }

    private func read(_ part: String) throws -> Data? {
        try input.reading(part) { try zip.read(part) }
    }
}
