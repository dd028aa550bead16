import BaoCaoCore

// The catalogue: the refusal of an over-large YAML text. Once in Vietnamese and once in English;
// see `Message`.

extension Message {
    /// A YAML text that expands past `limit` nodes.
    static func yamlTooLarge(limit: Int) -> Message {
        Message(
            vi: "YAML có hơn \(limit) giá trị (thường do bí danh '*' lồng nhau); hãy viết các giá trị trực tiếp, không dùng '&' và '*'",
            en: "the YAML holds more than \(limit) values (usually nested '*' aliases); write the values out, without '&' and '*'")
    }
}
