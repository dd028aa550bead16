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

/// Signs in the caller of an API route from `Authorization: Bearer <token>`; 401 without a valid
/// token, 403 while the account's issued password is unchanged (except to change it or sign out).
struct BearerAuthentication: RouterMiddleware {
    typealias Context = IntakeRequestContext
    let service: IntakeService

    /// The routes an account with an issued password may call.
    static let passwordChangePaths: Set<String> = ["/api/v1/password", "/api/v1/logout"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { throw IntakeError.unauthorized }
        let (account, token) = try service.authenticate(token: String(header.dropFirst("Bearer ".count)), kind: .api,
                                                        changingPassword: Self.passwordChangePaths.contains(request.uri.path))
        var context = context
        context.account = account
        context.token = token
        return try await next(request, context)
    }
}
