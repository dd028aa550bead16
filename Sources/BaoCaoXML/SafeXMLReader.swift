import Foundation
internal import CLibXML2

/// Parses untrusted XML (a part of a DOCX or ODT package) into an ``XMLElementNode`` tree, safely.
///
/// libxml2's streaming reader runs with `XML_PARSE_NONET` and never with the options that load or
/// expand outside content (`NOENT`, `DTDLOAD`, `DTDATTR`, `DTDVALID`, `XINCLUDE`, `HUGE`). On top:
/// - any DOCTYPE is refused as soon as the reader meets it, before an entity could be used, so
///   external entities, "billion laughs" and quadratic blowups never expand;
/// - an external entity loader that refuses everything is installed for the whole process;
/// - nesting depth and element count are bounded (``Limits``).
///
/// Errors are ``XMLError`` values carrying the line of the problem.
///
///     let root = try SafeXMLReader.parse(data)
///     let body = root.child(w, "body")
package enum SafeXMLReader {
    /// Bounds on what one document may hold.
    package struct Limits: Sendable {
        /// The deepest element nesting allowed.
        package var maxDepth: Int
        /// The most elements one document may hold.
        package var maxElements: Int

        /// Creates limits; the defaults are far above any real office document part.
        package init(maxDepth: Int = 256, maxElements: Int = 1_000_000) {
            self.maxDepth = maxDepth
            self.maxElements = maxElements
        }
    }

    /// Parses `data`; namespace URIs found in `namespaceAliases` are reported as their mapped value
    /// (for example ISO Strict OOXML namespaces read as their transitional equivalents).
    ///
    /// - Throws: ``XMLError`` for malformed XML, a DOCTYPE, or a document beyond `limits`.
    package static func parse(_ data: Data, limits: Limits = Limits(), namespaceAliases: [String: String] = [:]) throws(XMLError) -> XMLElementNode {
        LibXML.refuseExternalEntities()
        LibXML.silenceConsoleErrors()
        let errors = ErrorCapture()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        // The reader reads straight from `data`'s bytes: all reading happens inside this closure.
        let result: Result<XMLElementNode, XMLError> = data.withUnsafeBytes { raw in
            guard let bytes = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else {
                return .failure(XMLError("the document is empty", line: 1))
            }
            guard raw.count < Int(Int32.max) else { return .failure(XMLError("the document is too large")) }
            if let line = doctypeLine(UnsafeRawBufferPointer(raw)) {
                return .failure(XMLError(doctypeMessage, line: line))
            }
            guard let reader = xmlReaderForMemory(bytes, Int32(raw.count), nil, nil, options) else {
                return .failure(XMLError("cannot start the XML reader"))
            }
            defer { xmlFreeTextReader(reader) }
            let context = Unmanaged.passUnretained(errors).toOpaque()
            xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
                guard let context, let error else { return }
                let capture = Unmanaged<ErrorCapture>.fromOpaque(context).takeUnretainedValue()
                guard capture.message == nil else { return }
                let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                capture.message = text.trimmingCharacters(in: .whitespacesAndNewlines)
                capture.line = Int(error.pointee.line)
            }, context)
            var builder = TreeBuilder(reader: reader, limits: limits, aliases: namespaceAliases)
            do throws(XMLError) {
                return .success(try builder.build(errors: errors))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static let doctypeMessage = "a DOCTYPE is not allowed in a document part (its entities could read files or expand without bound)"

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
    final class ErrorCapture {
        var message: String?
        var line: Int?
    }
}

/// Turns the reader's node events into a tree.
private struct TreeBuilder {
    let reader: xmlTextReaderPtr
    let limits: SafeXMLReader.Limits
    let aliases: [String: String]
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    var elementCount = 0
    var nameCache: [NameKey: XMLName] = [:]

    /// Interned name pointers of one reader, used to avoid rebuilding the same Swift strings.
    struct NameKey: Hashable {
        let namespace: UnsafePointer<xmlChar>?
        let local: UnsafePointer<xmlChar>?
    }

    init(reader: xmlTextReaderPtr, limits: SafeXMLReader.Limits, aliases: [String: String]) {
        self.reader = reader
        self.limits = limits
        self.aliases = aliases
    }

    /// The line of the node the reader is on (where it starts), else where the parser is.
    var line: Int {
        if let node = xmlTextReaderCurrentNode(reader), case let nodeLine = xmlGetLineNo(node), nodeLine > 0 { return Int(nodeLine) }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    mutating func build(errors: SafeXMLReader.ErrorCapture) throws(XMLError) -> XMLElementNode {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 {
                throw XMLError(errors.message ?? "malformed XML", line: errors.line ?? line)
            }
            try handleNode()
        }
        guard let root, stack.isEmpty else {
            throw XMLError(errors.message ?? "the document has no root element", line: errors.line ?? line)
        }
        return root
    }

    mutating func handleNode() throws(XMLError) {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue):
            try startElement()
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
            stack.removeLast()
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            guard let parent = stack.last, let value = xmlTextReaderConstValue(reader) else { return }
            parent.children.append(.text(String(cString: value)))
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            throw XMLError(SafeXMLReader.doctypeMessage, line: line)
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
            throw XMLError("entity references are not allowed in a document part", line: line)
        default:
            return  // comments, processing instructions, the XML declaration
        }
    }

    mutating func startElement() throws(XMLError) {
        elementCount += 1
        guard elementCount <= limits.maxElements else {
            throw XMLError("more than \(limits.maxElements) elements", line: line)
        }
        guard stack.count < limits.maxDepth else {
            throw XMLError("elements nested deeper than \(limits.maxDepth) levels", line: line)
        }
        let name = currentName()
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        let startLine = line
        var attributes: [(name: XMLName, value: String)] = []
        if xmlTextReaderHasAttributes(reader) == 1 {
            while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                attributes.append((currentName(), value))
            }
            xmlTextReaderMoveToElement(reader)
        }
        let element = XMLElementNode(name: name, attributes: attributes, line: startLine)
        if let parent = stack.last {
            parent.children.append(.element(element))
        } else {
            root = element
        }
        if !isEmpty { stack.append(element) }
    }

    mutating func currentName() -> XMLName {
        let key = NameKey(namespace: xmlTextReaderConstNamespaceUri(reader), local: xmlTextReaderConstLocalName(reader))
        if let cached = nameCache[key] { return cached }
        let uri = key.namespace.map { String(cString: $0) } ?? ""
        let name = XMLName(aliases[uri] ?? uri, key.local.map { String(cString: $0) } ?? "")
        nameCache[key] = name
        return name
    }
}

extension LibXML {
    /// Installs, once per process, an external entity loader that refuses every URL (`file://`
    /// included, which `XML_PARSE_NONET` alone would still load).
    static func refuseExternalEntities() {
        _ = installRefusingLoader
    }

    private static let installRefusingLoader: Void = {
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}
