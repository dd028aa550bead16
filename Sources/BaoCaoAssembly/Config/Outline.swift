import BaoCaoCore
import Foundation

/// The outline of the monthly report (`Config/outline.yaml`): sections in order, who feeds each, and
/// the narrative templates whose placeholders the figures fill.
public struct Outline: Sendable {
    /// One piece of a section's body.
    public struct Part: Sendable {
        /// What the piece is.
        public enum Content: Sendable {
            /// A department's narrative, by its key.
            case narrative(String)
            /// A paragraph template written in the outline.
            case template(String)
            /// A bulleted list, one template per item.
            case bullets([String])
        }

        /// What the piece is.
        public var content: Content
        /// The department that feeds it (the section's department when not given).
        public var department: String?
        /// Footnotes of the template, by identifier (text with placeholders).
        public var footnotes: [Narrative.Note]
        /// Where it is written in the outline.
        public var location: SourceLocation
        /// Where the lines of each text of a template or a list (one per bullet) are in the outline.
        public var textLines: [TextLines] = []
    }

    /// One section of the report.
    public struct SectionOutline: Sendable {
        /// The number as printed, "I.", "1.", "3.1."; `nil` for none.
        public var number: String?
        /// The heading (a template).
        public var title: String
        /// The department feeding the section's parts by default.
        public var department: String?
        /// The body pieces, in order.
        public var parts: [Part]
        /// Subsections.
        public var subsections: [SectionOutline]
        /// Where it is written.
        public var location: SourceLocation
    }

    /// How the statistical annex is titled and grouped (`annex:`).
    public struct AnnexOutline: Sendable {
        /// A sector heading and the departments whose indicators stand under it.
        public struct Sector: Sendable {
            /// The heading, "Nông nghiệp".
            public var title: String
            /// Department ids, in order.
            public var departments: [String]
        }

        /// The title (a template), "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU THÁNG {{ky.thang}} …".
        public var title: String
        /// The sectors in order; a department in none gets a sector of its own, named after it.
        public var sectors: [Sector]
    }

    /// The document type, "BÁO CÁO".
    public var documentType: String
    /// The summary line (a template).
    public var subject: String
    /// The signer's key in the profile.
    public var signer: String
    /// The distribution list's key in the profile.
    public var distribution: String
    /// Pieces before the first section.
    public var preamble: [Part]
    /// The sections in order.
    public var sections: [SectionOutline]
    /// The closing paragraph (a template), after the last section.
    public var closing: String?
    /// The statistical annex's title and sectors.
    public var annex: AnnexOutline
    /// How tally shares are rounded unless a figure says otherwise.
    public var rounding: ShareRounding
    /// Per-figure rounding, keyed "department.figure".
    public var figureRounding: [String: ShareRounding]
    /// Where the outline was read from.
    public var file: String

    /// The rounding rule of a figure.
    public func rounding(for figure: Figure) -> ShareRounding {
        figureRounding["\(figure.department).\(figure.id)"] ?? rounding
    }

    /// Reads `outline.yaml` from `url`, naming it `file` in messages.
    public static func load(_ url: URL, file: String) throws -> Outline {
        let text = try YAMLNode.text(of: url, file: file)
        let root = try YAMLNode.parse(text, file: file)
        let lines = text.lines
        let part = { (node: YAMLNode) in try Self.part(node, lines: lines) }
        let section = { (node: YAMLNode) in try Self.section(node, part: part) }
        var perFigure: [String: ShareRounding] = [:]
        if let figures = root["figure_rounding"] {
            for (key, _, value) in try figures.pairs() { perFigure[key] = try rounding(value) }
        }
        return Outline(
            documentType: try root.string("document_type") ?? "BÁO CÁO",
            subject: try root.requiredString("subject"),
            signer: try root.requiredString("signer"),
            distribution: try root.requiredString("distribution"),
            preamble: try root["preamble"]?.items().map(part) ?? [],
            sections: try root.required("sections").items().map(section),
            closing: try root.string("closing"),
            annex: try annex(root["annex"]),
            rounding: try root["rounding"].map(rounding) ?? ShareRounding(),
            figureRounding: perFigure, file: file)
    }

    /// The `annex:` section; without it, the title "BIỂU THỐNG KÊ" and one sector per department.
    private static func annex(_ node: YAMLNode?) throws -> AnnexOutline {
        guard let node else { return AnnexOutline(title: "BIỂU THỐNG KÊ", sectors: []) }
        let sectors = try node["sectors"]?.items().map { item in
            AnnexOutline.Sector(title: try item.requiredString("title"), departments: try item.required("departments").strings())
        }
        return AnnexOutline(title: try node.string("title") ?? "BIỂU THỐNG KÊ", sectors: sectors ?? [])
    }

    private static func rounding(_ node: YAMLNode) throws -> ShareRounding {
        let precision = try node.int("precision") ?? 1
        guard (0...3).contains(precision) else { throw node.error(.precisionRange) }
        let methodText = try node.string("method") ?? ShareRounding.Method.halfUp.rawValue
        guard let method = ShareRounding.Method(rawValue: methodText) else {
            throw node.error(.roundingMethod)
        }
        return ShareRounding(precision: precision, method: method)
    }

    private static func section(_ node: YAMLNode, part: (YAMLNode) throws -> Part) throws -> SectionOutline {
        SectionOutline(
            number: try node.string("number"), title: try node.requiredString("title"),
            department: try node.string("department"),
            parts: try node["parts"]?.items().map(part) ?? [],
            subsections: try node["subsections"]?.items().map { try section($0, part: part) } ?? [],
            location: node.location)
    }

    private static func part(_ node: YAMLNode, lines: [Substring]) throws -> Part {
        let content: Part.Content
        var textLines: [TextLines] = []
        if let key = try node.string("narrative") {
            content = .narrative(key)
        } else if let text = try node.string("template") {
            content = .template(text)
            textLines = [TextLines(text: text, fileLines: lines, from: node["template"]?.location.line)]
        } else if let items = node["bullets"] {
            let nodes = items.node.scalar != nil ? [items] : try items.items()
            let texts = try nodes.map { try $0.string() }
            content = .bullets(texts)
            textLines = zip(texts, nodes).map { TextLines(text: $0, fileLines: lines, from: $1.location.line) }
        } else {
            throw node.error(.outlinePartKind)
        }
        let notes = try node["footnotes"]?.pairs().map { Narrative.Note(id: $0.key, text: try $0.value.string()) } ?? []
        return Part(content: content, department: try node.string("department"), footnotes: notes, location: node.location,
                    textLines: textLines)
    }
}
