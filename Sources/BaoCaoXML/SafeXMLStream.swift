import Foundation
internal import CLibXML2

/// Reads untrusted XML node by node, without building a tree: for parts too large to hold as
/// elements (a worksheet of 10 000 rows), and the ground ``SafeXMLReader`` builds its trees on.
///
/// libxml2's streaming reader (`xmlTextReader`) runs with `XML_PARSE_NONET` and never with the
/// options that load or expand outside content (`NOENT`, `DTDLOAD`, `DTDATTR`, `DTDVALID`,
/// `XINCLUDE`, `HUGE`). On top:
/// - any DOCTYPE is refused as soon as the reader meets it (and before libxml2 sees the bytes when
///   it lies in a UTF-8 prolog), before an entity could be used, so external entities, "billion
///   laughs" and quadratic blowups never expand;
/// - an external entity loader that refuses everything is installed for the whole process;
/// - nesting depth and element count are bounded (``SafeXMLReader/Limits``).
///
/// The stream exists only inside ``read(_:limits:namespaceAliases:_:)``'s closure, which reads
/// straight from the data's bytes. Every element gives a ``Node/start`` and a ``Node/end`` (an
/// empty element too); names are interned, so the same name is never rebuilt as a Swift string.
///
///     try SafeXMLStream.read(data) { stream in
///         while let node = try stream.next() {
///             if node == .start, stream.name.is(main, "c") { … stream.attribute("r") … }
///         }
///     }
package final class SafeXMLStream {
    /// What the stream is on.
    package enum Node: Equatable {
        /// The start of an element: ``name``, ``attribute(_:)``, ``attributes()`` describe it.
        case start
        /// The end of an element (``name`` is its name).
        case end
        /// Character data (text, CDATA or whitespace): ``text``.
        case text
    }

    private let reader: xmlTextReaderPtr
    private let limits: SafeXMLReader.Limits
    private let aliases: [String: String]
    private let errors = ErrorCapture()
    private var firstNames: [(NameKey, XMLName)] = []
    private static let firstNameCount = 12
    private var nameCache: [NameKey: XMLName] = [:]
    private var elementCount = 0
    /// Set after the start of an empty element: the next call gives its end without reading.
    private var pendingEnd = false
    /// Set after an end: its level closes at the next call.
    private var closing = false

    /// The name of the element the stream is on (at a start or an end).
    package private(set) var name = XMLName("", "")
    /// The level of the current element at a start or an end (the root is at 1); at character
    /// data, the level of the element holding it.
    package private(set) var depth = 0

    private init(reader: xmlTextReaderPtr, limits: SafeXMLReader.Limits, aliases: [String: String]) {
        self.reader = reader
        self.limits = limits
        self.aliases = aliases
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            let capture = Unmanaged<ErrorCapture>.fromOpaque(context).takeUnretainedValue()
            guard capture.message == nil else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            capture.message = text.trimmingCharacters(in: .whitespacesAndNewlines)
            capture.line = Int(error.pointee.line)
        }, Unmanaged.passUnretained(errors).toOpaque())
    }

    /// Runs `body` with a stream over `data`; namespace URIs found in `namespaceAliases` are reported
    /// as their mapped value (ISO Strict OOXML namespaces read as their transitional equivalents).
    ///
    /// - Throws: ``XMLError`` for malformed XML, a DOCTYPE, an entity reference or a document beyond
    ///   `limits` (from ``next()``), and whatever `body` throws.
    package static func read<T>(_ data: Data, limits: SafeXMLReader.Limits = SafeXMLReader.Limits(),
                                namespaceAliases: [String: String] = [:], _ body: (SafeXMLStream) throws -> T) throws -> T {
        LibXML.refuseExternalEntities()
        LibXML.silenceConsoleErrors()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        return try data.withUnsafeBytes { raw in
            guard let bytes = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else {
                throw XMLError("the document is empty", line: 1)
            }
            guard raw.count < Int(Int32.max) else { throw XMLError("the document is too large") }
            if let line = doctypeLine(UnsafeRawBufferPointer(raw)) {
                throw XMLError(SafeXMLReader.doctypeMessage, line: line)
            }
            guard let reader = xmlReaderForMemory(bytes, Int32(raw.count), nil, nil, options) else {
                throw XMLError("cannot start the XML reader")
            }
            defer { xmlFreeTextReader(reader) }
            return try body(SafeXMLStream(reader: reader, limits: limits, aliases: namespaceAliases))
        }
    }

    /// Moves to the next element start, element end or run of character data; `nil` at the end of
    /// the document. Comments, processing instructions and the XML declaration are passed over.
    ///
    /// - Throws: ``XMLError`` for malformed XML, a DOCTYPE, an entity, or a document beyond the limits.
    package func next() throws(XMLError) -> Node? {
        if closing {
            closing = false
            depth -= 1
        }
        if pendingEnd {
            pendingEnd = false
            closing = true
            return .end
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                guard elementCount > 0, depth == 0 else { throw failure(default: "the document has no root element") }
                return nil
            }
            if status < 0 { throw failure(default: "malformed XML") }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                try startElement()
                return .start
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                name = currentName()
                closing = true
                return .end
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw XMLError(SafeXMLReader.doctypeMessage, line: line)
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                throw XMLError("entity references are not allowed in a document part", line: line)
            default:
                continue  // comments, processing instructions, the XML declaration
            }
        }
    }

    /// The character data of the current ``Node/text`` node.
    package var text: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// The value of the current element's attribute `local` that has no namespace, or `nil`
    /// (only at a ``Node/start``).
    package func attribute(_ local: String) -> String? {
        guard xmlTextReaderMoveToAttribute(reader, local) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// Every attribute of the current element in document order, namespace declarations left out
    /// (only at a ``Node/start``).
    package func attributes() -> [(name: XMLName, value: String)] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var attributes: [(name: XMLName, value: String)] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            attributes.append((currentName(), xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    /// The line of the node the stream is on (where it starts), else where the parser is.
    package var line: Int {
        if let node = xmlTextReaderCurrentNode(reader), case let nodeLine = xmlGetLineNo(node), nodeLine > 0 { return Int(nodeLine) }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private func startElement() throws(XMLError) {
        elementCount += 1
        guard elementCount <= limits.maxElements else {
            throw XMLError("more than \(limits.maxElements) elements", line: line)
        }
        guard depth < limits.maxDepth else {
            throw XMLError("elements nested deeper than \(limits.maxDepth) levels", line: line)
        }
        name = currentName()
        depth += 1
        pendingEnd = xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// The error libxml2 reported first, else `message` where the parser is.
    private func failure(default message: String) -> XMLError {
        XMLError(errors.message ?? message, line: errors.line ?? line)
    }

    /// Interned name pointers of one reader, used to avoid rebuilding the same Swift strings.
    private struct NameKey: Hashable {
        let namespace: UnsafePointer<xmlChar>?
        let local: UnsafePointer<xmlChar>?
    }

    private func currentName() -> XMLName {
        let key = NameKey(namespace: xmlTextReaderConstNamespaceUri(reader), local: xmlTextReaderConstLocalName(reader))
        // A part repeats a handful of names (row, c, v): the first ones met are found by a short
        // scan, without hashing.
        for (known, name) in firstNames where known == key { return name }
        if let cached = nameCache[key] { return cached }
        let uri = key.namespace.map { String(cString: $0) } ?? ""
        let name = XMLName(aliases[uri] ?? uri, key.local.map { String(cString: $0) } ?? "")
        if firstNames.count < Self.firstNameCount {
            firstNames.append((key, name))
        } else {
            nameCache[key] = name
        }
        return name
    }

    /// The line of a DOCTYPE in the prolog (before the root element), found in the raw bytes so
    /// that libxml2 never sees its declarations; UTF-16 input is left to the reader's own check.
    static func doctypeLine(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "<"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if next != UInt8(ascii: "?"), next != UInt8(ascii: "!") { return nil }  // the root element
                if index + marker.count <= bytes.count, marker.indices.allSatisfy({ bytes[index + $0] == marker[$0] }) { return line }
            }
            index += 1
        }
        return nil
    }

    /// Collects the first error libxml2 reports while reading.
    private final class ErrorCapture {
        var message: String?
        var line: Int?
    }
}
