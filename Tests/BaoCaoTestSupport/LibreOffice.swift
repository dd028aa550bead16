import Foundation

/// LibreOffice headless conversions for interoperability tests, each with a profile of its own so
/// that it can run beside other soffice processes.
public enum LibreOffice {
    /// The CSV filter that writes UTF-8 (LibreOffice's plain "csv" uses the system's encoding).
    public static let utf8CSV = "csv:Text - txt - csv (StarCalc):44,34,76"

    /// Converts the file at `url` with `--convert-to filter` (for example ``utf8CSV``, "pdf", "xlsx")
    /// into a new temporary folder; returns the converted file.
    ///
    /// - Throws: ``ExternalTool/Missing`` without soffice, or an error carrying LibreOffice's output
    ///   when it wrote nothing.
    public static func convert(_ url: URL, to filter: String) throws -> URL {
        let folder = try TestPaths.scratchDirectory()
        let profile = folder.appendingPathComponent("profile")
        let output = folder.appendingPathComponent("out")
        let result = try ExternalTool.run("soffice", [
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", filter, "--outdir", output.path, url.path,
        ])
        let extensionName = String(filter.prefix { $0 != ":" })
        let converted = output.appendingPathComponent(url.deletingPathExtension().lastPathComponent + "." + extensionName)
        guard FileManager.default.fileExists(atPath: converted.path) else {
            throw ConversionFailed(description: "soffice wrote no \(extensionName) (status \(result.status)): \(result.stdout) \(result.stderr)")
        }
        return converted
    }

    /// LibreOffice did not convert the file.
    public struct ConversionFailed: Error, CustomStringConvertible {
        public var description: String
    }
}
