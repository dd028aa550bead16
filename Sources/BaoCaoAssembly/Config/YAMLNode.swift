import BaoCaoCore
import BaoCaoYAML
import Foundation
import Yams

/// A YAML node together with the file it came from, so that every complaint can name file and line.
struct YAMLNode {
    /// The node itself.
    let node: Node
    /// The file as the user named it.
    let file: String

    /// Parses `text` (the content of `file`) into its root node.
    ///
    /// Every value is read as text, by key (whole numbers through ``int(_:)``, a layout through
    /// `YAMLDecoder`, which constructs from the text too), so YAML's implicit typing, one regular
    /// expression match per scalar, is left out: the basic resolver tags every scalar as text.
    ///
    /// - Throws: ``BaoCaoError`` at the line of the YAML syntax error, or when the file is empty.
    static func parse(_ text: String, file: String) throws -> YAMLNode {
        do {
            guard let node = try BoundedYAML.compose(text, schema: .basic, location: SourceLocation(file: file)) else {
                throw BaoCaoError.badInput(.emptyFile, at: SourceLocation(file: file))
            }
            return YAMLNode(node: node, file: file)
        } catch let error as YamlError {
            throw BaoCaoError.badInput(.notYAML(Self.summary(of: error)), at: Self.location(of: error, file: file))
        }
    }

    /// Reads and parses the YAML file at `url`, naming it `file` in messages.
    static func load(_ url: URL, file: String) throws -> YAMLNode {
        try parse(text(of: url, file: file), file: file)
    }

    /// The text of the YAML file at `url`, naming it `file` in messages.
    static func text(of url: URL, file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BaoCaoError.badInput(.unreadableFile, at: SourceLocation(file: file))
        }
        return try TextDecoding.utf8(data, source: file)
    }

    /// Where this node starts (1-based line and column).
    var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// The child under `key` in a mapping (the last one, as in Yams, when a key is repeated), or
    /// `nil` when absent or null.
    ///
    /// Keys are compared as text: `Node.Mapping`'s own subscript compares nodes with their
    /// resolved tags, which runs the default resolver's regular expressions on the key asked for.
    subscript(key: String) -> YAMLNode? {
        guard let mapping = node.mapping else { return nil }
        var child: Node?
        for pair in mapping where pair.key.scalar?.string == key { child = pair.value }
        guard let child, child.null == nil else { return nil }
        return YAMLNode(node: child, file: file)
    }

    /// The child under `key`, or an error naming this node's line when it is absent.
    func required(_ key: String) throws -> YAMLNode {
        guard let child = self[key] else { throw error(.missingKey(key)) }
        return child
    }

    /// The scalar text of this node, NFC.
    func string() throws -> String {
        guard let scalar = node.scalar else { throw error(.expectedScalar) }
        return scalar.string.nfc
    }

    /// The scalar text under `key`, or `nil` when absent.
    func string(_ key: String) throws -> String? {
        try self[key]?.string()
    }

    /// The scalar text under `key`, or an error when absent.
    func requiredString(_ key: String) throws -> String {
        try required(key).string()
    }

    /// The integer under `key`, or `nil` when absent.
    func int(_ key: String) throws -> Int? {
        guard let child = self[key] else { return nil }
        guard let value = Int(try child.string()) else { throw child.error(.expectedWholeNumber) }
        return value
    }

    /// The items of a sequence (an absent key gives an empty list).
    func items() throws -> [YAMLNode] {
        guard let sequence = node.sequence else { throw error(.expectedList) }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    /// The key-value pairs of a mapping, in file order, keys as text.
    func pairs() throws -> [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        guard let mapping = node.mapping else { throw error(.expectedMapping) }
        return try mapping.map { pair in
            let keyNode = YAMLNode(node: pair.key, file: file)
            return (try keyNode.string(), keyNode, YAMLNode(node: pair.value, file: file))
        }
    }

    /// A list of strings: a sequence of scalars, or one scalar.
    func strings() throws -> [String] {
        if node.scalar != nil { return [try string()] }
        return try items().map { try $0.string() }
    }

    /// A bad-input error at this node.
    func error(_ message: Message) -> BaoCaoError {
        BaoCaoError.badInput(message, at: location)
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: file)
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
