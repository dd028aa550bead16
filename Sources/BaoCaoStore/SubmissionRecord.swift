import BaoCaoCore
import Foundation
import GRDB

/// One uploaded file version: who sent it for which period, its stored bytes and what the checks found.
///
/// Every version stays stored; the latest accepted version of a file name is the one the period uses.
public struct SubmissionRecord: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "submission"

    /// The `department` of the office's own settings file of a period (`ky-bao-cao.yaml`).
    public static let officeDepartment = ""

    /// The row id, the version's public id.
    public var id: Int64?
    /// The period, "2023-05".
    public var period: String
    /// The department id (as the profile spells it).
    public var department: String
    /// The safe file name the version is stored and mirrored under (an upload under the same name replaces it).
    public var fileName: String
    /// The name the sender gave, for display only (never used as a path).
    public var originalName: String
    /// The SHA-256 of the bytes, hexadecimal: the stored file's name.
    public var sha256: String
    /// The size in bytes.
    public var size: Int
    /// When the server received it (its own clock).
    public var receivedAt: Date
    /// Received after the period's cut-off.
    public var late: Bool
    /// The checks found no error: the version is part of the period.
    public var accepted: Bool
    /// What the checks found, as JSON (an array of ``Diagnostic``).
    public var diagnosticsJSON: String
    /// The account that sent it.
    public var accountId: Int64

    /// Creates a version (not yet saved); ``IntakeStore/record(_:data:by:maxVersions:)`` fills in its SHA-256 and size.
    public init(period: String, department: String, fileName: String, originalName: String, receivedAt: Date,
                late: Bool, accepted: Bool, diagnostics: [Diagnostic], accountId: Int64) {
        self.period = period
        self.department = department
        self.fileName = fileName
        self.originalName = originalName
        self.sha256 = ""
        self.size = 0
        self.receivedAt = receivedAt
        self.late = late
        self.accepted = accepted
        self.diagnosticsJSON = Self.json(diagnostics)
        self.accountId = accountId
    }

    /// Reads a row by its columns. The board reads every version of a period on each request, and
    /// GRDB's `Decodable` path was most of that read's cost in a profile of the load test.
    public init(row: Row) throws {
        id = row["id"]
        period = row["period"]
        department = row["department"]
        fileName = row["fileName"]
        originalName = row["originalName"]
        sha256 = row["sha256"]
        size = row["size"]
        receivedAt = row["receivedAt"]
        late = row["late"]
        accepted = row["accepted"]
        diagnosticsJSON = row["diagnosticsJSON"]
        accountId = row["accountId"]
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// What the checks found.
    public var diagnostics: [Diagnostic] {
        (try? JSONDecoder().decode([Diagnostic].self, from: Data(diagnosticsJSON.utf8))) ?? []
    }

    /// The JSON form of `diagnostics`, for the row.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(diagnostics)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The name a version of `department` is stored and mirrored under, from the name its sender
    /// gave: only its last component, in lower-case ASCII letters, digits, ".", "-" and "_" (Vietnamese
    /// letters lose their marks), starting with the department id so that two departments never
    /// share a name. `nil` when nothing usable is left.
    public static func storedName(_ original: String, department: String) -> String? {
        let last = original.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let folded = last.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var name = ""
        for scalar in folded.unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar)
            let character = keep ? Character(scalar) : "-"
            if character == "-", name.hasSuffix("-") { continue }
            name.append(character)
        }
        while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
        name = String(name.suffix(100))
        guard !name.isEmpty, !(name as NSString).deletingPathExtension.isEmpty else { return nil }
        let id = department.lowercased()
        return name.hasPrefix(id + ".") || name.hasPrefix(id + "-") ? name : "\(id)-\(name)"
    }
}
