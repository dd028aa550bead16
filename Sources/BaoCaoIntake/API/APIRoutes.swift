import BaoCaoStore
import Foundation
import Hummingbird

/// The JSON API under `/api/v1` (docs/openapi.yaml): the same rules as the pages, for scripts.
enum APIRoutes {
    /// Adds the API's routes to `router`.
    static func add(to router: Router<IntakeRequestContext>, service: IntakeService) {
        let api = router.group("api/v1").add(middleware: APIErrorMiddleware())
        api.post("login") { request, context -> Response in
            guard let body = try? await request.decode(as: APIModels.Login.self, context: context) else {
                throw IntakeError(.badRequest, IntakeMessages.badJSON)
            }
            let (token, record, account) = try await service.signIn(login: body.login, password: body.password,
                                                                    address: context.remoteAddress, kind: .api)
            return try JSONResponse.make(APIModels.Token(token: token, expires_at: APIModels.time(record.expiresAt),
                                                         must_change_password: account.mustChangePassword))
        }

        let signedIn = api.group().add(middleware: BearerAuthentication(service: service))
        signedIn.post("logout") { request, context -> Response in
            if let header = request.headers[.authorization] { try service.store.revoke(token: String(header.dropFirst("Bearer ".count))) }
            return Response(status: .noContent)
        }
        signedIn.post("password") { request, context -> Response in
            guard let body = try? await request.decode(as: APIModels.PasswordChange.self, context: context) else {
                throw IntakeError(.badRequest, IntakeMessages.badJSON)
            }
            try service.changePassword(current: body.current, new: body.new, confirmation: body.new, keeping: context.token,
                                       by: try context.signedIn())
            return Response(status: .noContent)
        }
        signedIn.post("periods/:period/submissions") { request, context -> Response in
            let account = try context.signedIn()
            let form = try await UploadBody.read(request, limit: service.settings.maxUploadBytes)
            guard let data = form.fileData, let name = form.fileName else { throw IntakeError(.badRequest, IntakeMessages.noFile) }
            let period = try context.parameters.require("period")
            let receipt = try await BlockingWork.run { try service.upload(data, name: name, period: period, by: account) }
            return try JSONResponse.make(APIModels.SubmissionBody(receipt.submission), status: .created)
        }
        signedIn.get("periods/:period/submissions") { _, context -> Response in
            let records = try service.submissions(period: try context.parameters.require("period"), for: try context.signedIn())
            return try JSONResponse.make(APIModels.Submissions(submissions: records.map(APIModels.SubmissionBody.init)))
        }
        signedIn.get("submissions/:id/file") { _, context -> Response in
            guard let id = Int64(try context.parameters.require("id")) else { throw IntakeError.notFound }
            let (record, data) = try service.file(id: id, for: try context.signedIn())
            return JSONResponse.file(DownloadedFile(name: record.fileName, contentType: MediaTypes.forFile(record.fileName), data: data))
        }
        signedIn.get("periods/:period/departments/:department/form") { _, context -> Response in
            JSONResponse.file(try service.form(period: try context.parameters.require("period"),
                                               department: try context.parameters.require("department"), for: try context.signedIn()))
        }
        signedIn.get("periods/:period/departments/:department/section") { request, context -> Response in
            JSONResponse.file(try service.section(period: try context.parameters.require("period"),
                                                  department: try context.parameters.require("department"),
                                                  format: request.uri.queryParameters.get("to") ?? "docx", for: try context.signedIn()))
        }
        signedIn.get("periods/:period/status") { _, context -> Response in
            try JSONResponse.make(APIModels.Status(try service.board(period: try context.parameters.require("period"), for: try context.signedIn())))
        }
        signedIn.post("periods/:period/departments/:department/review") { request, context -> Response in
            guard let body = try? await request.decode(as: APIModels.Review.self, context: context) else {
                throw IntakeError(.badRequest, IntakeMessages.badJSON)
            }
            try service.review(period: try context.parameters.require("period"), department: try context.parameters.require("department"),
                               decision: body.decision, comment: body.comment ?? "", by: try context.signedIn())
            return Response(status: .noContent)
        }
        signedIn.post("periods/:period/lock") { _, context -> Response in
            try service.lock(period: try context.parameters.require("period"), by: try context.signedIn())
            return Response(status: .noContent)
        }
        signedIn.post("periods/:period/assemble") { request, context -> Response in
            let formats = (request.uri.queryParameters.get("to") ?? "docx,odt,md,csv").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let draft = request.uri.queryParameters.get("draft") == "true"
            return JSONResponse.file(try service.assemble(period: try context.parameters.require("period"), formats: formats, draft: draft,
                                                          by: try context.signedIn()))
        }
        signedIn.post("periods/:period/reminder") { _, context -> Response in
            JSONResponse.file(try service.reminder(period: try context.parameters.require("period"), by: try context.signedIn()))
        }
        signedIn.get("audit") { request, context -> Response in
            let entries = try service.auditLog(period: request.uri.queryParameters.get("period"), for: try context.signedIn())
            return try JSONResponse.make(APIModels.Audit(entries: entries.map {
                APIModels.AuditBody(id: $0.id ?? 0, at: APIModels.time($0.at), login: $0.login, action: $0.action.rawValue,
                                    period: $0.period, department: $0.department, detail: $0.detail, sha256: $0.sha256)
            }))
        }
        signedIn.get("audit.csv") { request, context -> Response in
            JSONResponse.file(try service.auditCSV(period: request.uri.queryParameters.get("period"), for: try context.signedIn()))
        }
    }
}
