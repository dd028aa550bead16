internal import CLibXML2

/// A streaming XML writer over libxml2's `xmlTextWriter`: bytes go to a sink in chunks as they are
/// produced, never as one whole document in memory.
///
/// Characters that XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF, lone surrogates) are
/// removed from text and attribute values before libxml2 sees them, since libxml2 would write
/// them as they are and Word refuses such a file; ``removedCharacters`` counts them so callers
/// can warn.
///
///     let writer = try XMLStreamWriter { chunk in output.append(contentsOf: chunk) }
///     try writer.startDocument()
///     try writer.element("w:t") { try writer.text("Báo cáo") }
///     try writer.finish()
package final class XMLStreamWriter {
    /// Receives the document's bytes in order, in chunks.
    package typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    private final class Output {
        let sink: Sink
        var error: (any Error)?
        init(sink: @escaping Sink) { self.sink = sink }
    }

    private let output: Output
    private var writer: xmlTextWriterPtr?
    private var openElements: [String] = []

    /// How many forbidden characters were removed so far.
    package private(set) var removedCharacters = 0

    /// Creates a writer that passes its bytes to `sink`.
    package init(sink: @escaping Sink) throws {
        LibXML.silenceConsoleErrors()
        output = Output(sink: sink)
        let context = Unmanaged.passUnretained(output).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO(
            { context, bytes, length in
                guard let context, let bytes else { return -1 }
                let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
                do {
                    try output.sink(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
                    return length
                } catch {
                    output.error = error
                    return -1
                }
            }, nil, context, nil)
        else { throw XMLError("cannot create an output buffer") }
        guard let writer = xmlNewTextWriter(buffer) else {
            xmlOutputBufferClose(buffer)
            throw XMLError("cannot create an XML writer")
        }
        self.writer = writer
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// Writes the XML declaration: version 1.0, UTF-8, standalone="yes" when asked.
    package func startDocument(standalone: Bool = true) throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil), "start the document")
    }

    /// Opens an element with a qualified name such as "w:p".
    package func startElement(_ name: String) throws {
        try check(withXMLString(name) { xmlTextWriterStartElement(writer, $0) }, "open <\(name)>")
        openElements.append(name)
    }

    /// Writes an attribute of the element just opened.
    package func attribute(_ name: String, _ value: String) throws {
        try check(withXMLString(name) { n in withXMLString(clean(value)) { xmlTextWriterWriteAttribute(writer, n, $0) } }, "write the attribute \(name)")
    }

    /// Writes escaped text content.
    package func text(_ content: String) throws {
        try check(withXMLString(clean(content)) { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Closes the innermost open element (as `<a/>` when it has no content).
    package func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "close <\(openElements.last ?? "?")>")
        openElements.removeLast()
    }

    /// Writes an element with attributes, then the content `body` writes, then closes it.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: () throws -> Void = {}) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }

    /// Writes an element with attributes given as an array (for attributes computed at run time).
    package func element(_ name: String, attributeList: [(String, String)], _ body: () throws -> Void = {}) throws {
        try startElement(name)
        for (key, value) in attributeList { try attribute(key, value) }
        try body()
        try endElement()
    }

    /// The bytes libxml2 wrote for whole elements, to be written again with ``write(_:)``: for
    /// elements that repeat unchanged (a table cell's properties, a paragraph's style).
    package struct Fragment {
        fileprivate let bytes: [UInt8]
        fileprivate let removedCharacters: Int
    }

    /// What libxml2 writes for the whole elements `body` writes into the writer it is given.
    package static func record(_ body: (XMLStreamWriter) throws -> Void) throws -> Fragment {
        var bytes: [UInt8] = []
        let recorder = try XMLStreamWriter { bytes.append(contentsOf: $0) }
        try body(recorder)
        try recorder.check(xmlTextWriterFlush(recorder.writer), "flush a fragment")
        if let error = recorder.output.error { throw error }
        return Fragment(bytes: bytes, removedCharacters: recorder.removedCharacters)
    }

    /// Writes a recorded fragment through libxml2's own `xmlTextWriterWriteRawLen`, which closes
    /// the open start tag first as it does for an element: the document's bytes are those the
    /// recorded elements would write here.
    package func write(_ fragment: Fragment) throws {
        removedCharacters += fragment.removedCharacters
        try fragment.bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0 else { return }
            try check(xmlTextWriterWriteRawLen(writer, buffer.baseAddress, Int32(buffer.count)), "write a repeated fragment")
        }
    }

    /// Closes every open element, ends the document and flushes the remaining bytes to the sink.
    package func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        if let writer { xmlFreeTextWriter(writer) }
        writer = nil
        if let error = output.error { throw error }
    }

    /// Throws when libxml2 reports a failure; `action` is only spelled out then.
    private func check(_ result: Int32, _ action: @autoclosure () -> String) throws {
        if result < 0 {
            if let error = output.error { throw error }
            throw XMLError("libxml2 could not \(action())")
        }
    }

    private func clean(_ value: String) -> String {
        let (cleaned, removed) = XMLCharacters.removingForbidden(value)
        removedCharacters += removed
        return cleaned
    }
}

/// Passes a Swift string to libxml2 as a NUL-terminated `xmlChar` pointer.
func withXMLString<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) throws -> R) rethrows -> R {
    try string.withCString { try $0.withMemoryRebound(to: xmlChar.self, capacity: 1) { try body($0) } }
}

/// The characters XML 1.0 allows (§2.2).
package enum XMLCharacters {
    /// Whether XML 1.0 allows this scalar in a document.
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The text without the scalars XML 1.0 forbids, and how many were removed.
    package static func removingForbidden(_ text: String) -> (String, Int) {
        // In UTF-8 a forbidden scalar starts with a C0 control byte or, for U+FFFE and U+FFFF,
        // with 0xEF: text without either (nearly all) is checked byte by byte, not scalar by scalar.
        // (The bytes are searched in the string's storage: through `utf8`'s index, ten times slower.)
        let suspect: (UInt8) -> Bool = { $0 == 0xEF || ($0 < 0x20 && $0 != 0x9 && $0 != 0xA && $0 != 0xD) }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: suspect) }) ?? text.utf8.contains(where: suspect),
            text.unicodeScalars.contains(where: { !isAllowed($0) })
        else { return (text, 0) }
        var scalars = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) { scalars.append(scalar) } else { removed += 1 }
        }
        return (String(scalars), removed)
    }
}

/// A failure inside the XML layer, converted to ``BaoCaoError`` by the format targets.
package struct XMLError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    package var message: String
    /// The 1-based line in the XML part, when known.
    package var line: Int?

    /// Creates an error.
    package init(_ message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }

    package var description: String { line.map { "line \($0): \(message)" } ?? message }
}
