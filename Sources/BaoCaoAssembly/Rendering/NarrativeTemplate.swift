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
        /// What the tag does with its value.
        enum Kind {
            /// `{{sct.gtsx_thang}}`: prints it.
            case value
            /// `{{#sct}}…{{/sct}}`: the text between is printed when the value is there.
            case section
            /// `{{^sct}}…{{/sct}}`: the text between is printed when the value is not there.
            case invertedSection
        }

        var written: String
        var path: String
        var filter: String?
        var kind: Kind = .value
        /// The paths of the `{{#…}}` sections the placeholder stands in, outermost first.
        var sections: [String] = []

        /// True when an enclosing `{{#…}}` section tests this placeholder's department or figure
        /// (`{{#sct}}…{{sct.gtsx_thang}}…{{/sct}}`), so that the text is printed only when it is there.
        var isGuarded: Bool {
            sections.contains { path == $0 || path.hasPrefix($0 + ".") }
        }
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
        guard text.utf8Contains(UInt8(ascii: "{")) else {
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
        var open: [(kind: Placeholder.Kind, path: String)] = []
        return tag.matches(in: template, range: range).compactMap { match in
            guard let r = Range(match.range(at: 2), in: template), let sigil = Range(match.range(at: 1), in: template) else { return nil }
            let written = String(template[r])
            guard !written.isEmpty, written != "." else { return nil }
            let kind: Placeholder.Kind
            switch template[sigil] {
            case "/":
                if let last = open.lastIndex(where: { $0.path == written }) { open.removeSubrange(last...) }
                return nil
            case "#": kind = .section
            case "^": kind = .invertedSection
            default: kind = .value
            }
            var placeholder = Placeholder(written: written, path: written, filter: nil, kind: kind,
                                          sections: open.filter { $0.kind == .section }.map(\.path))
            if let paren = written.firstIndex(of: "("), written.hasSuffix(")") {
                placeholder.filter = String(written[..<paren])
                placeholder.path = String(written[written.index(after: paren)..<written.index(before: written.endIndex)])
            }
            if kind != .value { open.append((kind, placeholder.path)) }
            return placeholder
        }
    }

    /// The templates read so far, by text.
    final class Library {
        private var templates: [String: NarrativeTemplate] = [:]

        /// The template of `text`, read on first use.
        func template(_ text: String) -> NarrativeTemplate {
            // Text without a brace is read at once, for less than hashing it to look it up costs.
            guard text.utf8Contains(UInt8(ascii: "{")) else { return NarrativeTemplate(text) }
            if let known = templates[text] { return known }
            let template = NarrativeTemplate(text)
            templates[text] = template
            return template
        }
    }
}
