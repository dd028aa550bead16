import Foundation
import Mustache

/// A narrative template read once: the placeholders it names and its swift-mustache form.
///
/// ``NarrativeRenderer`` keeps every template it has read, so an outline's templates and each
/// department's narrative are parsed once per assembly, however often they are filled or asked
/// which departments they name.
struct NarrativeTemplate {
    /// A placeholder as written, the figure path it names and the filter applied.
    struct Placeholder {
        var written: String
        var path: String
        var filter: String?
    }

    /// The text as written.
    let text: String
    /// The placeholders, in order.
    let placeholders: [Placeholder]
    /// The departments the placeholders refer to (the first part of each name, `ky` aside).
    let departments: Set<String>
    /// The parsed template or its syntax error; `nil` for text without a brace, which fills as itself.
    private let parsed: Result<MustacheTemplate, any Error>?

    /// Reads `text`: its placeholders and, when it has any tag, its swift-mustache form.
    init(_ text: String) {
        self.text = text
        // Text without a brace has no tag. (A byte search: String.contains(String) goes through
        // NSString or a generic collection search, either costing more than parsing.)
        guard text.utf8.contains(UInt8(ascii: "{")) else {
            (placeholders, departments, parsed) = ([], [], nil)
            return
        }
        placeholders = Self.placeholders(in: text)
        departments = Set(placeholders.compactMap { name in
            let head = name.path.split(separator: ".").first.map(String.init)
            return head == "ky" ? nil : head
        })
        parsed = Result { try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text) }
    }

    /// The text with its placeholders filled from `values`.
    ///
    /// - Throws: the template's syntax error.
    func render(_ values: [String: Any]) throws -> String {
        guard let parsed else { return text }
        return try parsed.get().render(values)
    }

    private static let tag = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&]?)\s*([^{}!%>=]*?)\s*\}?\}\}"#)

    private static func placeholders(in template: String) -> [Placeholder] {
        let range = NSRange(template.startIndex..., in: template)
        return tag.matches(in: template, range: range).compactMap { match in
            guard let r = Range(match.range(at: 2), in: template) else { return nil }
            let written = String(template[r])
            guard !written.isEmpty, written != "." else { return nil }
            if let open = written.firstIndex(of: "("), written.hasSuffix(")") {
                let filter = String(written[..<open])
                let path = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
                return Placeholder(written: written, path: path, filter: filter)
            }
            return Placeholder(written: written, path: written, filter: nil)
        }
    }

    /// The templates read so far, by text.
    final class Library {
        private var templates: [String: NarrativeTemplate] = [:]

        /// The template of `text`, read on first use.
        func template(_ text: String) -> NarrativeTemplate {
            // Text without a brace is read at once, for less than hashing it to look it up costs.
            guard text.utf8.contains(UInt8(ascii: "{")) else { return NarrativeTemplate(text) }
            if let known = templates[text] { return known }
            let template = NarrativeTemplate(text)
            templates[text] = template
            return template
        }
    }
}
