import BaoCaoStore
import Hummingbird

/// Renders every refusal under `/api/v1` as `{"error": …, "diagnostics": […]}` with its status.
struct APIErrorMiddleware: RouterMiddleware {
    typealias Context = IntakeRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as IntakeError {
            return try JSONResponse.make(APIModels.Failure(error: error.message, diagnostics: error.diagnostics.map(APIModels.DiagnosticBody.init)),
                                         status: error.status)
        }
    }
}

/// Signs in the caller of an API route from `Authorization: Bearer <token>`; 401 without a valid token.
struct BearerAuthentication: RouterMiddleware {
    typealias Context = IntakeRequestContext
    let service: IntakeService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { throw IntakeError.unauthorized }
        let (account, token) = try service.authenticate(token: String(header.dropFirst("Bearer ".count)), kind: .api)
        var context = context
        context.account = account
        context.token = token
        return try await next(request, context)
    }
}
