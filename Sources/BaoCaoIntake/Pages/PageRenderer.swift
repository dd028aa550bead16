import BaoCaoStore
import Foundation
import Hummingbird
import Mustache

/// Renders the service's pages from the Mustache templates in `Templates/` (every value HTML-escaped).
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The issuing body's name, shown in every page's header.
    let issuer: String

    /// Loads the templates bundled with the target.
    init(issuer: String) throws {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw IntakeError(.internalServerError, "page templates missing")
        }
        var templates: [String: MustacheTemplate] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
        }
        library = MustacheLibrary(templates: templates)
        self.issuer = issuer
    }

    /// The page `template` filled with `values`, plus the signed-in account and its CSRF token.
    func page(_ template: String, title: String, values: [String: Any], context: IntakeRequestContext,
              status: HTTPResponse.Status = .ok, csrf: String? = nil) -> Response {
        var values = values
        values["title"] = title
        values["issuer"] = issuer
        values["csrf"] = csrf ?? context.token?.csrf ?? ""
        if let account = context.account {
            values["account"] = ["name": account.name, "login": account.login, "csrf": context.token?.csrf ?? ""]
        }
        let html = library.render(values, withTemplate: template) ?? ""
        return Response(status: status, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
            .cacheControl: "no-store",
        ], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
