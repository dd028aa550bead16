internal import CLibXML2

/// Process-wide libxml2 settings.
enum LibXML {
    /// Routes libxml2's own error printing to a no-op on this thread: every failure is reported
    /// through return codes and converted to ``XMLError``, and a library must not write to stderr.
    static func silenceConsoleErrors() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Installs, once per process, an external entity loader that refuses every URL (`file://`
    /// included, which `XML_PARSE_NONET` alone would still load).
    static func refuseExternalEntities() {
        _ = installRefusingLoader
    }

    private static let installRefusingLoader: Void = {
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()
}
