import BaoCaoCore

/// What the office expects in a period's folder, from the profile and the outline: the departments'
/// identifiers and the narrative keys each one feeds. Lets the inbox tell a department and a key
/// from a file name that is not `<department>-<key>` (an e-mail attachment saved as it came).
public struct ExpectedSubmissions: Sendable {
    /// The departments' identifiers, in profile order.
    public var departments: [String] {
        didSet { positionsByWord = Self.positions(of: departments) }
    }
    /// The narrative keys the outline expects from each department, in outline order.
    public var narrativeKeys: [String: [String]]

    /// Where each department's identifier, folded as a file name's words are
    /// (``SubmissionFileName/folded(_:)``), stands in ``departments``: a file name's department is
    /// then found by looking up its few words, not by folding every identifier for every file.
    private var positionsByWord: [String: [Int]]

    /// Expectations from explicit lists.
    public init(departments: [String], narrativeKeys: [String: [String]] = [:]) {
        self.departments = departments
        self.narrativeKeys = narrativeKeys
        positionsByWord = Self.positions(of: departments)
    }

    /// The departments of `profile` and the narrative parts of `outline`, each under the department
    /// that feeds it (its own, else its section's).
    init(profile: Profile, outline: Outline) {
        var keys: [String: [String]] = [:]
        func collect(_ parts: [Outline.Part], section department: String?) {
            for part in parts {
                guard case .narrative(let key) = part.content, let owner = part.department ?? department else { continue }
                if keys[owner, default: []].contains(key) == false { keys[owner, default: []].append(key) }
            }
        }
        func walk(_ section: Outline.SectionOutline, inherited: String?) {
            let department = section.department ?? inherited
            collect(section.parts, section: department)
            for subsection in section.subsections { walk(subsection, inherited: department) }
        }
        collect(outline.preamble, section: nil)
        for section in outline.sections { walk(section, inherited: nil) }
        self.init(departments: profile.departments.map(\.id), narrativeKeys: keys)
    }

    /// The departments whose folded identifier is one of `words`, in ``departments`` order.
    func departments(named words: Set<String>) -> [String] {
        words.flatMap { positionsByWord[$0] ?? [] }.sorted().map { departments[$0] }
    }

    private static func positions(of departments: [String]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (index, id) in departments.enumerated() { positions[SubmissionFileName.folded(id), default: []].append(index) }
        return positions
    }
}
