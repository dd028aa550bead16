import Foundation

/// Parses untrusted XML (a part of a DOCX or ODT package) into an ``XMLElementNode`` tree, safely.
///
/// The tree is built from a ``SafeXMLParser``, with its guards: no network, any DOCTYPE refused
/// before an entity could be used (so external entities, "billion laughs" and quadratic blowups
/// never expand), an external entity loader that refuses everything, nesting depth and element
/// count bounded (``Limits``). Parts too large to hold as a tree are read by a ``SafeXMLHandler``
/// of their own.
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
        let builder = XMLTreeBuilder()
        do {
            try SafeXMLParser.parse(data, handler: builder, limits: limits, namespaceAliases: namespaceAliases)
        } catch let error as XMLError {
            throw error
        } catch {
            throw XMLError("\(error)")  // the builder throws nothing: only the parser's errors come here
        }
        return try builder.tree()
    }

    static let doctypeMessage = "a DOCTYPE is not allowed in a document part (its entities could read files or expand without bound)"
}

/// Builds an ``XMLElementNode`` tree from what a ``SafeXMLParser`` reads (for a part small enough
/// to hold); adjacent pieces of character data become one text child.
package final class XMLTreeBuilder: SafeXMLHandler {
    private var stack: [XMLElementNode] = []
    private var root: XMLElementNode?
    private var pending: [UInt8] = []

    /// Creates an empty builder.
    package init() {}

    /// The root element read.
    ///
    /// - Throws: ``XMLError`` when the document had no root element.
    package func tree() throws(XMLError) -> XMLElementNode {
        guard let root else { throw XMLError("the document has no root element", line: 1) }
        return root
    }

    package func start(_ element: SafeXMLParser.Element) {
        flushText()
        let node = XMLElementNode(name: element.name, attributes: element.attributes(), line: element.line)
        if let parent = stack.last {
            parent.children.append(.element(node))
        } else {
            root = node
        }
        stack.append(node)
    }

    package func end(_ name: XMLName, depth: Int) {
        flushText()
        stack.removeLast()
    }

    package func text(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) {
        pending.append(contentsOf: bytes)
    }

    private func flushText() {
        guard !pending.isEmpty else { return }
        stack.last?.children.append(.text(String(decoding: pending, as: UTF8.self)))
        pending.removeAll(keepingCapacity: true)
    }
}
