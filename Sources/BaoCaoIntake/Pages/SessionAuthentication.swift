import BaoCaoStore
import Foundation
import Hummingbird
import NIOCore

/// The session cookie of the pages: a random token, HttpOnly and SameSite=Strict (Secure with
/// `--secure-cookies`), and the CSRF checks of their forms.
enum SessionCookie {
    static let name = "baocao_session"
    /// Before signing in, the sign-in form's CSRF token travels in this cookie (double submit).
    static let signInName = "baocao_csrf"

    static func make(_ name: String, value: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }
}

/// Signs in the caller of a page from its session cookie, when it has a valid one; sends an
/// account whose issued password is unchanged to the password page, whatever page it asked for.
struct SessionAuthentication: RouterMiddleware {
    typealias Context = IntakeRequestContext
    let service: IntakeService

    /// The password page.
    static let passwordPage = "/doi-mat-khau"
    /// The pages an account with an issued password may open.
    static let passwordChangePaths: Set<String> = [passwordPage, "/dang-xuat", "/dang-nhap"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[SessionCookie.name]?.value {
            do {
                (context.account, context.token) = try service.authenticate(
                    token: token, kind: .session, changingPassword: Self.passwordChangePaths.contains(request.uri.path))
            } catch let error as IntakeError where error.status == .forbidden {
                return .redirect(to: Self.passwordPage, type: .normal)
            } catch {
                // Not signed in: the route decides (the sign-in page, or a redirect to it).
            }
        }
        return try await next(request, context)
    }
}

/// Renders refusals on the pages: 401 sends the browser to the sign-in page, the others show the
/// error page with their status.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = IntakeRequestContext
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as IntakeError where error.status == .unauthorized {
            return .redirect(to: "/dang-nhap", type: .normal)
        } catch let error as IntakeError {
            return renderer.page("error", title: "Lỗi", values: ["message": error.message], context: context, status: error.status)
        } catch is NIOTooManyBytesError {
            return renderer.page("error", title: "Lỗi", values: ["message": IntakeMessages.formTooLarge], context: context, status: .contentTooLarge)
        }
    }
}

extension IntakeRequestContext {
    /// Refuses a form whose CSRF token is not the session's (403).
    func requireCSRF(_ value: String?) throws {
        guard let expected = token?.csrf, let value, !value.isEmpty, value == expected else {
            throw IntakeError(.forbidden, IntakeMessages.csrfMissing)
        }
    }
}
