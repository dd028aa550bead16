/// Walks a style sheet's inheritance (`w:basedOn`, `style:parent-style-name`).
package enum StyleInheritance {
    /// The style named `name` and its ancestors, nearest first; unknown names end the chain, and
    /// cycles and chains longer than 32 are cut (a hostile file cannot make it loop).
    package static func chain<Style>(_ name: String, in styles: [String: Style], parent: (Style) -> String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var next: String? = name
        while let current = next, !seen.contains(current), result.count < 32, let style = styles[current] {
            seen.insert(current)
            result.append(style)
            next = parent(style)
        }
        return result
    }
}
