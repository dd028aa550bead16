import BaoCaoCore

/// The checks of a period's submissions against the indicator catalogue.
enum CatalogueChecks {
    /// Warns about figures the catalogue does not know, and reports each required figure missing
    /// from a department that sent something; optional figures left blank in a form are notes.
    ///
    /// A required figure left blank in a filled form is reported at its cell; one simply absent, at
    /// the department's first submission.
    static func check(_ submissions: [Submission], catalogue: Catalogue, profile: Profile, log: DiagnosticLog) {
        guard let file = catalogue.file else { return }
        var sent: [String: Set<String>] = [:]
        var blanks: [String: [String: SourceLocation]] = [:]
        for submission in submissions {
            let department = submission.department
            let name = profile.department(department)?.shortName ?? department
            for figure in submission.figures {
                sent[department, default: []].insert(figure.id)
                if catalogue.entry(department, figure.id) == nil {
                    log.warning(.notInCatalogue(figure.id, department: name, file: file), at: figure.location)
                }
            }
            blanks[department, default: [:]].merge(submission.blankFigures) { first, _ in first }
        }
        for department in profile.departments.map(\.id) {
            let own = submissions.filter { $0.department == department }
            guard let first = own.first(where: { !$0.figures.isEmpty }) ?? own.first else { continue }
            let location = SourceLocation(file: first.file)
            let name = profile.department(department)?.shortName ?? department
            // A figure that was sent but could not be read is already an error at its line.
            let unreadable = Set(own.flatMap(\.unreadableFigures))
            for entry in catalogue.entries(department) where !(sent[department]?.contains(entry.id) ?? false) && !unreadable.contains(entry.id) {
                let blank = blanks[department]?[entry.id]
                if entry.required {
                    log.error(.missingRequired(entry, department: name), at: blank ?? location)
                } else if let blank {
                    log.report(Diagnostic(.note, .optionalBlank(entry), at: blank))
                }
            }
        }
    }
}
