import BaoCaoCore
import Yams

/// Every YAML the project reads (front matters, submissions, `Config/`) goes through here. An
/// alias stands for a copy of what its anchor names, so a few hundred bytes of nested aliases
/// ("billion laughs") make a tree of billions of nodes for whoever walks or hashes it. The text's
/// expanded size is counted from libyaml's events first (``AliasBudget``) and refused past
/// ``nodeLimit``; only then does Yams compose it.
public enum BoundedYAML {
    /// The most nodes (scalars, lists, mappings, aliases expanded) one YAML text may hold; the
    /// office's largest file, `Config/outline.yaml`, has under 1 000.
    public static let nodeLimit = 100_000

    /// The root node of `text`, or `nil` when it is empty.
    ///
    /// - Parameters:
    ///   - schema: Yams's resolver (`.basic` reads every scalar as text).
    ///   - location: where a refusal points (the file, and the line the text starts on).
    /// - Throws: Yams's `YamlError` for a syntax error; ``BaoCaoError`` (bad input) when the
    ///   expanded tree exceeds ``nodeLimit``.
    public static func compose(_ text: String, schema: Resolver = .default, location: SourceLocation) throws -> Node? {
        guard !mayExceedLimit(text) || AliasBudget.expandedNodeCount(text, limit: nodeLimit) <= nodeLimit else {
            throw BaoCaoError.badInput(.yamlTooLarge(limit: nodeLimit), at: location)
        }
        // UTF-8 named here: Yams' default reads the whole environment for every text (to look for
        // YAMS_DEFAULT_ENCODING), a third of a million instructions a submission.
        return try Yams.compose(yaml: text, schema, .default, .utf8)
    }

    /// Whether `text` could stand for more than ``nodeLimit`` nodes, so that they must be counted
    /// (which parses the text once more). Without an alias (`*`) every node takes at least one
    /// byte of its own but for an implicit empty key or value, under two nodes a byte in all: a
    /// short text without `*` is within the limit (a department's submission, the outline).
    static func mayExceedLimit(_ text: String) -> Bool {
        text.utf8.count > nodeLimit / 4 || text.utf8Contains(UInt8(ascii: "*"))
    }
}
