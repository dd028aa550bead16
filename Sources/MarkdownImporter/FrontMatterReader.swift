import Foundation
import BaoCaoCore
import BaoCaoYAML
import Yams

/// Splits a YAML front matter (between `---` lines at the top) from the Markdown body and applies
/// its keys (see ``FrontMatter``) to a report.
struct FrontMatterReader {
    let source: String
    let log: DiagnosticLog

    /// The front matter text (without the fences), the body, and how many lines precede the body.
    /// Any line end is read (CR LF and CR become LF).
    static func split(_ text: String) -> (yaml: String?, body: String, bodyLineOffset: Int) {
        let text = text.withUnixLineEnds
        guard text.hasPrefix("---\n") else { return (nil, text, 0) }
        var lineNumber = 1
        var lineStart = text.index(text.startIndex, offsetBy: 4)
        let yamlStart = lineStart
        while lineStart < text.endIndex {
            lineNumber += 1
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let fence = text[lineStart..<lineEnd]
            if fence == MarkdownConventions.frontMatterFence || fence == "..." {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return (String(text[yamlStart..<lineStart]), String(text[bodyStart...]), lineNumber)
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return (nil, text, 0)
    }

    /// Applies the YAML front matter to `report`; bad values are errors naming the line.
    ///
    /// - Returns: true when the front matter carries the canonical-Markdown marker key.
    @discardableResult
    func apply(_ yaml: String, to report: inout Report) throws -> Bool {
        let root: Node?
        do {
            // Values are read as text (and `draft` as a flag) by key, so YAML's implicit typing,
            // whose regular expressions cost more than the rest of a small conversion, is not needed.
            root = try BoundedYAML.compose(yaml, schema: .basic, location: SourceLocation(file: source, line: 2))
        } catch let error as YamlError {
            throw BaoCaoError.badInput(.frontMatterNotYAML(Self.describe(error)), at: SourceLocation(file: source, line: Self.line(of: error)))
        }
        guard let root else { return false }
        guard case .mapping(let mapping) = root else {
            throw BaoCaoError.badInput(.frontMatterNotMapping, at: location(root))
        }
        var isCanonical = false
        for (key, value) in flatten(mapping, prefix: "") {
            if key.text == MarkdownConventions.markerKey {
                isCanonical = true
                if case .text(let version) = value.value, let number = Int(version), number > Report.formatVersion {
                    log.warning(.newerFormat(number), at: location(value.node))
                }
                continue
            }
            do {
                try FrontMatter.apply(key.text, value.value, to: &report)
            } catch {
                log.error(error.message, at: location(key.node))
            }
        }
        return isCanonical
    }

    private func flatten(_ mapping: Node.Mapping, prefix: String) -> [(key: (text: String, node: Node), value: (value: FrontMatter.Value, node: Node))] {
        var out: [(key: (text: String, node: Node), value: (value: FrontMatter.Value, node: Node))] = []
        for (keyNode, valueNode) in mapping {
            let key = prefix + (keyNode.string ?? "")
            switch valueNode {
            case .mapping(let nested):
                out += flatten(nested, prefix: key + ".")
            case .sequence(let sequence):
                let items = sequence.map { ($0.string ?? "").nfc }
                out.append(((key, keyNode), (.list(items), valueNode)))
            case .scalar(let scalar):
                if key == "draft", let flag = valueNode.bool {
                    out.append(((key, keyNode), (.flag(flag), valueNode)))
                } else {
                    out.append(((key, keyNode), (.text(scalar.string.nfc.trimmingCharacters(in: .whitespaces)), valueNode)))
                }
            case .alias:
                log.warning(.markdownSkipped(.yamlAlias), at: location(valueNode))
            }
        }
        return out
    }

    private func location(_ node: Node) -> SourceLocation {
        // The front matter starts on the file's second line, after the opening "---".
        SourceLocation(file: source, line: node.mark.map { $0.line + 1 })
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line + 1
        default:
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
