import BaoCaoCore
import BaoCaoXML
import BaoCaoZip
import Foundation

/// Builds an office document package (DOCX, ODT) in memory: XML parts streamed through libxml2's
/// writer into a deterministic zip. The one entry point the DOCX and ODT exporters share:
/// ``export(_:layout:log:_:)`` checks the layout, builds the parts, warns about the characters
/// XML 1.0 forbids (one warning per part, located at the part) and turns lower-layer failures
/// into ``BaoCaoError``.
///
///     return try XMLPackageWriter.export("DOCX", layout: options.layout, log: log) { package in
///         try package.xmlPart("word/document.xml") { xml in … }
///     }
package final class XMLPackageWriter {
    private let zip: DeterministicZipWriter
    private let log: DiagnosticLog

    private init(log: DiagnosticLog) throws {
        zip = try DeterministicZipWriter()
        self.log = log
    }

    /// Checks `layout` against Decree 30, calls `build` with a new package and returns its bytes.
    ///
    /// - Throws: ``BaoCaoError`` of kind `.usage` for a layout outside Decree 30's ranges, of kind
    ///   `.output` ("cannot write the `fileKind` file: …") when the package cannot be built.
    package static func export(_ fileKind: String, layout: PageLayout, log: DiagnosticLog,
                               _ build: (XMLPackageWriter) throws -> Void) throws -> Data {
        try layout.validate()
        return try BaoCaoError.producingOutput(fileKind) {
            let package = try XMLPackageWriter(log: log)
            try build(package)
            return try package.zip.finish()
        }
    }

    /// Adds a part stored as it is, uncompressed (ODF's `mimetype`).
    package func storedPart(_ path: String, _ data: Data) throws {
        try zip.addEntry(path, data: data, compressed: false)
    }

    /// Adds one XML part: the declaration, then what `body` writes.
    package func xmlPart(_ path: String, _ body: (XMLStreamWriter) throws -> Void) throws {
        try zip.addEntry(path) { sink in
            try withoutActuallyEscaping(sink) { sink in
                let writer = try XMLStreamWriter(sink: sink)
                try writer.startDocument()
                try body(writer)
                try writer.finish()
                if writer.removedCharacters > 0 {
                    log.warning(.removedForbiddenCharacters(writer.removedCharacters), at: SourceLocation(file: path))
                }
            }
        }
    }
}
