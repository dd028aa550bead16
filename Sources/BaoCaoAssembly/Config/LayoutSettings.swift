import BaoCaoCore
import Foundation
import Yams

/// Page-layout settings read from YAML (or JSON, which is YAML too): the keys of ``PageLayout``,
/// each optional, checked against Decree 30's ranges.
///
///     # bo-cuc.yaml: lề trái 35 mm, giãn dòng 1,15
///     marginLeft: 35
///     lineSpacing: 1.15
public enum LayoutSettings {
    /// Reads the layout file at `path`.
    ///
    /// - Throws: ``BaoCaoError`` (bad input) naming the file and the line of the first wrong key
    ///   or value, or the value outside Decree 30's range.
    public static func load(_ path: String) throws -> PageLayout {
        try read(YAMLNode.load(URL(fileURLWithPath: path), file: path))
    }

    /// Reads a layout from a YAML mapping.
    static func read(_ yaml: YAMLNode) throws -> PageLayout {
        let layout: PageLayout
        do {
            layout = try YAMLDecoder().decode(PageLayout.self, from: yaml.node)
        } catch let error as DecodingError {
            throw BaoCaoError.badInput(.badLayout(describe(error)), at: location(of: error, in: yaml))
        }
        do {
            try layout.validate()
        } catch let error as BaoCaoError {
            throw BaoCaoError.badInput(error.message, at: yaml.location)
        }
        return layout
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            let key = context.codingPath.first.map { "'\($0.stringValue)'" } ?? "the layout"
            return "\(key) must be \(type == String.self ? "a text" : type == [Double].self ? "a list of two numbers (cm)" : "a number, written with a dot: 1.15")"
        case .dataCorrupted(let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            let key = context.codingPath.first.map { "'\($0.stringValue)': " } ?? ""
            return key + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    /// The line of the key the error is about, when the error names one.
    private static func location(of error: DecodingError, in yaml: YAMLNode) -> SourceLocation {
        let path: [any CodingKey]
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        guard let key = path.first?.stringValue, case .mapping(let mapping) = yaml.node,
            let keyNode = mapping.keys.first(where: { $0.string == key }), let mark = keyNode.mark
        else { return yaml.location }
        return SourceLocation(file: yaml.file, line: mark.line, column: mark.column)
    }
}
