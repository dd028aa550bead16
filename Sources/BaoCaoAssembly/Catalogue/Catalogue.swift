import BaoCaoCore
import Foundation

/// What one department reports each month: one entry per figure, in the order of its form.
public struct CatalogueEntry: Hashable, Sendable {
    /// The figure's id, unique within the department.
    public var id: String
    /// The Vietnamese label, printed on the form and in the statistics annex.
    public var label: String
    /// What the figure measures.
    public var kind: FigureKind
    /// The unit of a count or an amount ("ha", "tỷ đồng").
    public var unit: String?
    /// Whether the department must send it every month.
    public var required: Bool
    /// The id of the indicator this figure is one measure of (month value, cumulative, % of plan,
    /// ratio to the same period…); figures with the same `indicator` belong together.
    public var indicator: String?
    /// The id of the figure this one is a part of.
    public var partOf: String?
    /// Where the entry is written.
    public var location: SourceLocation
}

/// The indicator catalogue (`Config/catalogue.yaml`): per department, the figures it owes, like a
/// DHIS2 data set. The form, the submission readers and the checks read it.
///
/// A configuration without the file has an empty catalogue: submissions must then carry each
/// figure's label, kind and unit themselves, and nothing is checked against it.
public struct Catalogue: Sendable {
    /// The file name in the configuration folder.
    public static let fileName = "catalogue.yaml"

    /// Entries by department id, in file order.
    public var departments: [String: [CatalogueEntry]]
    /// The file it was read from; `nil` for the empty catalogue.
    public var file: String?

    /// A catalogue that knows no figure.
    public static let empty = Catalogue(departments: [:], file: nil)

    /// Whether the configuration has a catalogue at all.
    public var isEmpty: Bool { file == nil }

    /// The entries of `department`, in form order (none when it has no entry).
    public func entries(_ department: String) -> [CatalogueEntry] {
        departments[department] ?? []
    }

    /// The entry of figure `id` of `department`.
    public func entry(_ department: String, _ id: String) -> CatalogueEntry? {
        departments[department]?.first { $0.id == id }
    }

    /// Reads the catalogue at `path` (as the user wrote it), or the empty one when there is no such file.
    public static func load(_ path: String, profile: Profile) throws -> Catalogue {
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        let root = try YAMLNode.load(URL(fileURLWithPath: path), file: path)
        var departments: [String: [CatalogueEntry]] = [:]
        for (department, keyNode, figures) in try root.required("departments").pairs() {
            guard profile.department(department) != nil else {
                throw keyNode.error(.catalogueUnknownDepartment(department, known: profile.departments.map(\.id)))
            }
            var entries: [CatalogueEntry] = []
            for (id, idNode, fields) in try figures.pairs() {
                guard !entries.contains(where: { $0.id == id }) else { throw idNode.error(.catalogueEntryTwice(id)) }
                entries.append(try entry(id, at: idNode, fields: fields))
            }
            departments[department] = entries
        }
        return Catalogue(departments: departments, file: path)
    }

    private static func entry(_ id: String, at idNode: YAMLNode, fields: YAMLNode) throws -> CatalogueEntry {
        let kindNode = try fields.required("kind")
        guard let kind = FigureKind(rawValue: try kindNode.string()) else {
            throw kindNode.error(.catalogueBadKind(try kindNode.string(), kinds: FigureKind.allCases.map(\.rawValue)))
        }
        let unit = try fields.string("unit")
        if kind == .amount, unit == nil { throw idNode.error(.catalogueAmountWithoutUnit(id)) }
        var required = true
        if let node = fields["required"] {
            switch try node.string() {
            case "true", "yes": required = true
            case "false", "no": required = false
            default: throw node.error(.requiredFlag)
            }
        }
        return CatalogueEntry(
            id: id, label: try fields.requiredString("label"), kind: kind, unit: unit, required: required,
            indicator: try fields.string("indicator"), partOf: try fields.string("part_of"), location: idNode.location)
    }
}
