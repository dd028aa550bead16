import Foundation
internal import CLibXML2

/// What a ``SafeXMLParser`` tells while it reads: element starts and ends, and character data.
///
/// A handler may throw to stop the reading; the parser then throws that error unchanged.
package protocol SafeXMLHandler: AnyObject {
    /// The start of an element (an empty element gives a start and an end).
    func start(_ element: SafeXMLParser.Element) throws
    /// The end of the element `name` at `depth` (the root is at 1).
    func end(_ name: XMLName, depth: Int) throws
    /// Character data (text, CDATA or whitespace) in UTF-8 inside the element at `depth`; one run
    /// of text may come in several pieces.
    func text(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) throws
}

/// Reads untrusted XML with libxml2's SAX2 push parser: the bytes are fed chunk by chunk (straight
/// from a zip inflater), no node is built per XML node, and the document is never held whole.
/// ``SafeXMLReader`` builds its trees on it, so its guards exist once:
/// - `XML_PARSE_NONET`, never the options that load or expand outside content (`NOENT`, `DTDLOAD`,
///   `DTDATTR`, `DTDVALID`, `XINCLUDE`, `HUGE`), and an external entity loader that refuses
///   everything, installed for the whole process;
/// - any DOCTYPE is refused (before libxml2 sees the bytes when it lies in a UTF-8 prolog of the
///   first chunk, else at libxml2's first DOCTYPE callback, before its internal subset is read), so
///   external entities, "billion laughs" and quadratic blowups never expand; an entity
///   declaration or reference is refused too;
/// - nesting depth and element count are bounded (``SafeXMLReader/Limits``).
///
///     let parser = try SafeXMLParser(handler: sheet, limits: limits)
///     try zip.read("xl/worksheets/sheet1.xml") { chunk in try parser.feed(chunk) }
///     try parser.finish()
package final class SafeXMLParser {
    /// An element start, valid only inside ``SafeXMLHandler/start(_:)``.
    package struct Element {
        /// The element's name (namespace URIs mapped through the parser's aliases).
        package let name: XMLName
        /// Its level: the root is at 1.
        package let depth: Int
        /// The line where libxml2 read its start tag.
        package let line: Int
        fileprivate let context: Context
        /// libxml2's attribute array: localname, prefix, URI, value start, value end per attribute.
        fileprivate let array: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
        fileprivate let count: Int

        /// The value of the attribute `local` that has no namespace, or `nil`.
        package func attribute(_ local: StaticString) -> String? {
            guard let array else { return nil }
            for index in 0..<count {
                let base = array + 5 * index
                guard base[2] == nil, let name = base[0], strcmp(name, local.utf8Start) == 0 else { continue }
                return Self.value(base)
            }
            return nil
        }

        /// Every attribute in document order, namespace declarations left out.
        package func attributes() -> [(name: XMLName, value: String)] {
            guard let array else { return [] }
            return (0..<count).map { index in
                let base = array + 5 * index
                return (context.name(namespace: base[2], local: base[0]), Self.value(base))
            }
        }

        /// An attribute's value. Without entity substitution libxml2 hands a written `&amp;` or
        /// `&#38;` on as the text "&#38;" (for a tree builder to decode later): decoded here.
        private static func value(_ base: UnsafeMutablePointer<UnsafePointer<UInt8>?>) -> String {
            guard let start = base[3], let end = base[4], end > start else { return "" }
            let bytes = UnsafeBufferPointer(start: start, count: end - start)
            let text = String(decoding: bytes, as: UTF8.self)
            return bytes.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
        }
    }

    private let context: Context
    private let parser: xmlParserCtxtPtr
    private var started = false

    /// A parser that tells `handler` what it reads; namespace URIs found in `namespaceAliases` are
    /// reported as their mapped value (ISO Strict OOXML namespaces read as their transitional ones).
    package init(handler: any SafeXMLHandler, limits: SafeXMLReader.Limits = SafeXMLReader.Limits(),
                 namespaceAliases: [String: String] = [:]) throws(XMLError) {
        LibXML.refuseExternalEntities()
        LibXML.silenceConsoleErrors()
        context = Context(handler: handler, limits: limits, aliases: namespaceAliases)
        var sax = Self.callbacks()
        guard let parser = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(context).toOpaque(), nil, 0, nil) else {
            throw XMLError("cannot start the XML reader")
        }
        xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        self.parser = parser
        context.parser = parser
    }

    deinit {
        xmlFreeParserCtxt(parser)
    }

    /// Parses `data` whole with `handler` (for a document already in memory).
    package static func parse(_ data: Data, handler: any SafeXMLHandler, limits: SafeXMLReader.Limits = SafeXMLReader.Limits(),
                              namespaceAliases: [String: String] = [:]) throws {
        let parser = try SafeXMLParser(handler: handler, limits: limits, namespaceAliases: namespaceAliases)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let next = min(offset + chunkSize, raw.count)
                try parser.feed(UnsafeRawBufferPointer(rebasing: raw[offset..<next]))
                offset = next
            }
        }
        try parser.finish()
    }

    /// The largest slice of an in-memory document given to libxml2 at once.
    private static let chunkSize = 64 << 10

    /// Reads the next bytes of the document.
    ///
    /// - Throws: ``XMLError`` for malformed XML, a DOCTYPE, an entity or a document beyond the
    ///   limits, and whatever the handler throws.
    package func feed(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { return }
        guard bytes.count < Int(Int32.max) else { throw XMLError("the document is too large") }
        if !started {
            started = true
            if let line = Self.doctypeLine(bytes) { throw XMLError(SafeXMLReader.doctypeMessage, line: line) }
        }
        try parse(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), terminate: false)
    }

    /// Ends the document: throws when it is empty, unfinished or malformed.
    package func finish() throws {
        guard started else { throw XMLError("the document is empty", line: 1) }
        try parse(nil, 0, terminate: true)
        guard context.elementCount > 0, context.depth == 0 else { throw context.failure(default: "the document has no root element") }
    }

    private func parse(_ bytes: UnsafePointer<CChar>?, _ count: Int32, terminate: Bool) throws {
        let status = xmlParseChunk(parser, bytes, count, terminate ? 1 : 0)
        if let error = context.stopped { throw error }
        if status != 0 || parser.pointee.wellFormed == 0 { throw context.failure(default: "malformed XML") }
    }

    /// The line of a DOCTYPE in the prolog (before the root element), found in the raw bytes so
    /// that libxml2 never sees its declarations; UTF-16 input is left to the DOCTYPE callback.
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

    /// The SAX2 callbacks: elements, character data, errors; a DOCTYPE, an entity declaration or
    /// an entity reference stops the parser. Nothing else is handed on (comments, processing
    /// instructions), and no tree is built.
    private static func callbacks() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { context, local, _, uri, _, _, count, _, attributes in
            Context.of(context).start(local: local, uri: uri, attributes: attributes, count: Int(count))
        }
        sax.endElementNs = { context, local, _, uri in Context.of(context).end(local: local, uri: uri) }
        let characters: charactersSAXFunc = { context, bytes, count in Context.of(context).text(bytes, Int(count)) }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        sax.internalSubset = { context, _, _, _ in Context.of(context).refuse(SafeXMLReader.doctypeMessage) }
        sax.externalSubset = { context, _, _, _ in Context.of(context).refuse(SafeXMLReader.doctypeMessage) }
        sax.entityDecl = { context, _, _, _, _, _ in Context.of(context).refuse(SafeXMLParser.entityMessage) }
        sax.reference = { context, _ in Context.of(context).refuse(SafeXMLParser.entityMessage) }
        sax.serror = { context, error in
            guard let context, let error else { return }
            Context.of(context).record(error.pointee.message.map { String(cString: $0) }, line: Int(error.pointee.line))
        }
        return sax
    }

    fileprivate static let entityMessage = "entity references are not allowed in a document part"
}

/// The parser's state, reached from libxml2's callbacks through their user data.
private final class Context {
    let handler: any SafeXMLHandler
    let limits: SafeXMLReader.Limits
    let aliases: [String: String]
    var parser: xmlParserCtxtPtr?
    var depth = 0
    var elementCount = 0
    /// The first error: the handler's, or a guard's; libxml2 is stopped at once.
    var stopped: (any Error)?
    /// The first error libxml2 reported.
    var message: String?
    var messageLine: Int?
    /// The names met, by libxml2's interned pointers: the first ones (a worksheet's row, c, v… come
    /// after a dozen others) found by a short scan without hashing, the rest in a dictionary.
    private var firstNames: [(NameKey, XMLName)] = []
    private var nameCache: [NameKey: XMLName] = [:]
    private static let firstNameCount = 24
    /// The names of the open elements, for their ends.
    private var open: [XMLName] = []

    init(handler: any SafeXMLHandler, limits: SafeXMLReader.Limits, aliases: [String: String]) {
        self.handler = handler
        self.limits = limits
        self.aliases = aliases
    }

    static func of(_ pointer: UnsafeMutableRawPointer?) -> Context {
        Unmanaged<Context>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// The line libxml2 is on.
    var line: Int {
        guard let input = parser?.pointee.input else { return 1 }
        return Int(input.pointee.line)
    }

    func start(local: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        guard stopped == nil else { return }
        elementCount += 1
        guard elementCount <= limits.maxElements else {
            return stop(XMLError("more than \(limits.maxElements) elements", line: line))
        }
        guard depth < limits.maxDepth else {
            return stop(XMLError("elements nested deeper than \(limits.maxDepth) levels", line: line))
        }
        let name = name(namespace: uri, local: local)
        depth += 1
        open.append(name)
        do {
            try handler.start(SafeXMLParser.Element(name: name, depth: depth, line: line, context: self, array: attributes, count: count))
        } catch {
            stop(error)
        }
    }

    func end(local: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {
        guard stopped == nil, let name = open.popLast() else { return }
        defer { depth -= 1 }
        do {
            try handler.end(name, depth: depth)
        } catch {
            stop(error)
        }
    }

    func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) {
        guard stopped == nil, let bytes, count > 0 else { return }
        do {
            try handler.text(UnsafeBufferPointer(start: bytes, count: count), depth: depth)
        } catch {
            stop(error)
        }
    }

    /// Keeps the first error and stops libxml2, which then calls nothing more.
    func stop(_ error: any Error) {
        if stopped == nil { stopped = error }
        if let parser { xmlStopParser(parser) }
    }

    /// Stops at a DOCTYPE or an entity, where libxml2 is.
    func refuse(_ message: String) {
        stop(XMLError(message, line: line))
    }

    func record(_ text: String?, line: Int) {
        guard message == nil else { return }
        message = (text ?? "malformed XML").trimmingCharacters(in: .whitespacesAndNewlines)
        messageLine = line
    }

    /// The error libxml2 reported first, else `message` where the parser is.
    func failure(default text: String) -> XMLError {
        XMLError(message ?? text, line: messageLine ?? line)
    }

    private struct NameKey: Hashable {
        let namespace: UnsafePointer<UInt8>?
        let local: UnsafePointer<UInt8>?
    }

    func name(namespace: UnsafePointer<UInt8>?, local: UnsafePointer<UInt8>?) -> XMLName {
        let key = NameKey(namespace: namespace, local: local)
        for (known, name) in firstNames where known == key { return name }
        if let cached = nameCache[key] { return cached }
        let uri = namespace.map { String(cString: $0) } ?? ""
        let name = XMLName(aliases[uri] ?? uri, local.map { String(cString: $0) } ?? "")
        if firstNames.count < Self.firstNameCount {
            firstNames.append((key, name))
        } else {
            nameCache[key] = name
        }
        return name
    }
}
