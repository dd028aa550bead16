/// A qualified XML name: the namespace URI (empty for none) and the local name.
package struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, or "" when the name has no namespace.
    package var namespace: String
    /// The local part of the name.
    package var local: String

    /// Creates a name.
    package init(_ namespace: String, _ local: String) {
        self.namespace = namespace
        self.local = local
    }

    /// Whether the name has this namespace URI and local name.
    package func `is`(_ namespace: String, _ local: String) -> Bool {
        self.local == local && self.namespace == namespace
    }

    /// "{namespace}local", or just "local" without a namespace.
    package var description: String { namespace.isEmpty ? local : "{\(namespace)}\(local)" }
}

/// One child of an element: a nested element or a run of character data.
package enum XMLChild {
    /// A nested element.
    case element(XMLElementNode)
    /// Character data (text, CDATA or whitespace) exactly as parsed.
    case text(String)
}

/// An element of a parsed document, with its attributes, children and source line.
///
/// Built by ``SafeXMLReader``; read-only for everyone else.
package final class XMLElementNode {
    /// The element's qualified name.
    package let name: XMLName
    /// The attributes in document order (namespace declarations left out).
    package let attributes: [(name: XMLName, value: String)]
    /// The 1-based line where the element starts.
    package let line: Int
    /// The children in document order.
    package internal(set) var children: [XMLChild] = []

    init(name: XMLName, attributes: [(name: XMLName, value: String)], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// Whether the element has this namespace URI and local name.
    package func `is`(_ namespace: String, _ local: String) -> Bool {
        name.is(namespace, local)
    }

    /// The value of an attribute, or `nil` when absent.
    package func attribute(_ namespace: String, _ local: String) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }

    /// The child elements, text left out.
    package var elements: [XMLElementNode] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element with this name.
    package func child(_ namespace: String, _ local: String) -> XMLElementNode? {
        for case .element(let element) in children where element.is(namespace, local) { return element }
        return nil
    }

    /// Every child element with this name.
    package func children(_ namespace: String, _ local: String) -> [XMLElementNode] {
        elements.filter { $0.is(namespace, local) }
    }

    /// The first descendant (depth first, self excluded) with this name.
    package func descendant(_ namespace: String, _ local: String) -> XMLElementNode? {
        for element in elements {
            if element.is(namespace, local) { return element }
            if let found = element.descendant(namespace, local) { return found }
        }
        return nil
    }

    /// All character data inside the element, concatenated.
    package var textContent: String {
        var out = ""
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element): out += element.textContent
            }
        }
        return out
    }
}
