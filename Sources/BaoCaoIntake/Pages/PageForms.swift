import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` form, as Foundation's URL parser reads them.
struct PageForm {
    /// Every field in order; a name can repeat (check boxes).
    var items: [(name: String, value: String)]

    /// The first value of `name`.
    subscript(_ name: String) -> String? { items.first { $0.name == name }?.value }

    /// Every value of `name`.
    func all(_ name: String) -> [String] { items.filter { $0.name == name }.map(\.value) }

    /// Reads the form body of `request` (at most 64 KiB).
    static func read(_ request: Request) async throws -> PageForm {
        let body = try await request.body.collect(upTo: 64 << 10)
        let text = String(buffer: body).replacingOccurrences(of: "+", with: "%20")
        var components = URLComponents()
        components.percentEncodedQuery = text
        return PageForm(items: (components.queryItems ?? []).map { ($0.name, ($0.value ?? "").precomposedStringWithCanonicalMapping) })
    }
}
