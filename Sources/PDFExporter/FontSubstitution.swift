import BaoCaoCore
import Foundation

/// Tells whether Times New Roman, the font of Decree 30, is installed, by asking fontconfig
/// (`fc-match`, found where `soffice` is looked for; LibreOffice uses fontconfig to pick a replacement).
enum FontSubstitution {
    /// The font the documents ask for.
    static let requested = "Times New Roman"
    /// Fonts drawn to Times New Roman's metrics, so that lines and pages break in the same places.
    static let metricCompatible = ["Liberation Serif", "Tinos", "Thorndale"]

    /// Adds a warning to `log` when LibreOffice will print with another font than Times New Roman,
    /// naming that font and whether its metrics match. Says nothing when fontconfig cannot be asked.
    static func warnIfSubstituted(log: DiagnosticLog, office: OfficeConverter) {
        guard let used = matchedFamily(fcMatch: office.program("fc-match")), used != requested else { return }
        log.warning(.fontSubstituted(requested: requested, used: used, sameMetrics: metricCompatible.contains(used)))
    }

    /// The family fontconfig gives for Times New Roman, or `nil` without `fc-match`.
    private static func matchedFamily(fcMatch: URL?) -> String? {
        guard let fcMatch else { return nil }
        let process = Process()
        process.executableURL = fcMatch
        process.arguments = ["--format=%{family[0]}", requested]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let family = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && !family.isEmpty ? family : nil
    }
}
