import Foundation

/// Parses untrusted XML (a part of a DOCX or ODT package) into an ``XMLElementNode`` tree, safely.
///
/// The tree is built from a ``SafeXMLStream``, with its guards: no network, any DOCTYPE refused
/// before an entity could be used (so external entities, "billion laughs" and quadratic blowups
/// never expand), an external entity loader that refuses everything, nesting depth and element
/// count bounded (``Limits``). Parts too large to hold as a tree are read from the stream itself.
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
        do {
            return try SafeXMLStream.read(data, limits: limits, namespaceAliases: namespaceAliases, tree)
        } catch let error as XMLError {
            throw error
        } catch {
            throw XMLError("\(error)")  // `tree` throws nothing but the stream's errors
        }
    }

    static let doctypeMessage = "a DOCTYPE is not allowed in a document part (its entities could read files or expand without bound)"

    /// The nodes of `stream` as a tree (for a part read with ``SafeXMLStream`` that is small enough to hold).
    package static func tree(_ stream: SafeXMLStream) throws(XMLError) -> XMLElementNode {
        var stack: [XMLElementNode] = []
        var root: XMLElementNode?
        while let node = try stream.next() {
            switch node {
            case .start:
                let line = stream.line
                let element = XMLElementNode(name: stream.name, attributes: stream.attributes(), line: line)
                if let parent = stack.last {
                    parent.children.append(.element(element))
                } else {
                    root = element
                }
                stack.append(element)
            case .end:
                stack.removeLast()
            case .text:
                stack.last?.children.append(.text(stream.text))
            }
        }
        guard let root else { throw XMLError("the document has no root element", line: stream.line) }
        return root
    }
}
