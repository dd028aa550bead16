import BaoCaoCore
import Yams

/// Writes the report's header fields (``FrontMatter``) as a YAML front matter, nesting dotted keys.
enum FrontMatterWriter {
    /// "---\n…\n---\n".
    static func render(_ report: Report) throws -> String {
        var pairs: [(Node, Node)] = [(Node(MarkdownConventions.markerKey), Node(String(Report.formatVersion)))]
        var groups: [String: Int] = [:]
        for (key, value) in FrontMatter.entries(of: report) {
            let node = self.node(value)
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                pairs.append((Node(key), node))
                continue
            }
            if let index = groups[parts[0]], case .mapping(var mapping) = pairs[index].1 {
                mapping[Node(parts[1])] = node
                pairs[index].1 = .mapping(mapping)
            } else {
                groups[parts[0]] = pairs.count
                pairs.append((Node(parts[0]), .mapping(Node.Mapping([(Node(parts[1]), node)]))))
            }
        }
        let yaml = try Yams.serialize(node: .mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)
        let fence = MarkdownConventions.frontMatterFence
        return "\(fence)\n\(yaml)\(fence)\n"
    }

    private static func node(_ value: FrontMatter.Value) -> Node {
        switch value {
        case .text(let text): return Node(text)
        case .flag(let flag): return Node(flag ? "true" : "false")
        case .list(let items): return .sequence(Node.Sequence(items.map { Node($0) }))
        }
    }
}
