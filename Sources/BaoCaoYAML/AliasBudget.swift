internal import CYaml

/// Counts the nodes a YAML text stands for once its aliases are expanded, from libyaml's event
/// stream, before anything is composed: Yams compares mapping keys by hashing them whole, so an
/// alias of a huge anchor used as a key would take exponential time inside `Yams.compose`.
///
/// libyaml is the copy Yams builds (its `CYaml` module), so the project links one libyaml.
enum AliasBudget {
    /// The number of nodes `text` expands to, counting up to just past `limit` (the count stops
    /// there). A syntax error ends the count early: Yams then reports it with its line.
    static func expandedNodeCount(_ text: String, limit: Int) -> Int {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return 0 }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            /// The expanded size of each anchored node.
            var anchors: [String: Int] = [:]
            /// Open collections: their anchor and the count when they started.
            var open: [(anchor: String?, start: Int)] = []
            var count = 0
            var event = yaml_event_t()
            while count <= limit, yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_SCALAR_EVENT:
                    count += 1
                    if let anchor = name(event.data.scalar.anchor) { anchors[anchor] = 1 }
                case YAML_SEQUENCE_START_EVENT:
                    count += 1
                    open.append((name(event.data.sequence_start.anchor), count))
                case YAML_MAPPING_START_EVENT:
                    count += 1
                    open.append((name(event.data.mapping_start.anchor), count))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if let (anchor, start) = open.popLast(), let anchor { anchors[anchor] = count - start + 1 }
                case YAML_ALIAS_EVENT:
                    count += name(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
                case YAML_STREAM_END_EVENT:
                    return count
                default:
                    continue
                }
            }
            return count
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
