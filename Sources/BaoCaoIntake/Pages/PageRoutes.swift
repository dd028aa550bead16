import BaoCaoAssembly
import BaoCaoStore
import Foundation
import Hummingbird

/// The Vietnamese pages: sign-in, the department's page and the office's board, plain forms
/// without JavaScript. They call the same ``IntakeService`` rules as the API.
enum PageRoutes {
    /// Adds the pages to `router`.
    static func add(to router: Router<IntakeRequestContext>, service: IntakeService) throws {
        let renderer = try PageRenderer(issuer: "\(service.profile.issuingBody) \(service.profile.parentBody)")
        let pages = router.group().add(middleware: SessionAuthentication(service: service)).add(middleware: PageErrorMiddleware(renderer: renderer))
        let secure = service.settings.secureCookies

        pages.get("/") { _, context -> Response in
            guard let account = context.account else { return .redirect(to: "/dang-nhap", type: .normal) }
            return .redirect(to: account.isOffice ? "/van-phong" : "/don-vi", type: .normal)
        }
        pages.get("dang-nhap") { _, context -> Response in
            signInPage(renderer, context: context, message: nil, login: "", status: .ok, secure: secure)
        }
        pages.post("dang-nhap") { request, context -> Response in
            let form = try await PageForm.read(request)
            guard let expected = request.cookies[SessionCookie.signInName]?.value, form["csrf"] == expected else {
                throw IntakeError(.forbidden, IntakeMessages.csrfMissing)
            }
            do {
                let (token, _, _) = try await service.signIn(login: form["login"] ?? "", password: form["password"] ?? "",
                                                             address: context.remoteAddress, kind: .session)
                var response = Response.redirect(to: "/", type: .normal)
                response.setCookie(SessionCookie.make(SessionCookie.name, value: token, maxAge: Int(service.settings.sessionLifetime), secure: secure))
                response.setCookie(SessionCookie.make(SessionCookie.signInName, value: "", maxAge: 0, secure: secure))
                return response
            } catch let error as IntakeError {
                return signInPage(renderer, context: context, message: error.message, login: form["login"] ?? "", status: error.status, secure: secure)
            }
        }
        pages.post("dang-xuat") { request, context -> Response in
            try context.requireCSRF(try await PageForm.read(request)["csrf"])
            if let token = request.cookies[SessionCookie.name]?.value { try service.store.revoke(token: token) }
            var response = Response.redirect(to: "/dang-nhap", type: .normal)
            response.setCookie(SessionCookie.make(SessionCookie.name, value: "", maxAge: 0, secure: secure))
            return response
        }

        pages.get("doi-mat-khau") { _, context -> Response in
            try passwordPage(renderer, context: context, message: nil, status: .ok)
        }
        pages.post("doi-mat-khau") { request, context -> Response in
            let form = try await PageForm.read(request)
            try context.requireCSRF(form["csrf"])
            do {
                try service.changePassword(current: form["current"] ?? "", new: form["new"] ?? "", confirmation: form["confirmation"] ?? "",
                                           keeping: context.token, by: try context.signedIn())
            } catch let error as IntakeError where error.status != .unauthorized {
                return try passwordPage(renderer, context: context, message: error.message, status: error.status)
            }
            return .redirect(to: "/", type: .normal)
        }

        pages.get("don-vi") { request, context -> Response in
            try departmentPage(renderer, service: service, period: requestedPeriod(request, service), context: context, result: nil, status: .ok)
        }
        pages.post("don-vi/gui") { request, context -> Response in
            let account = try context.signedIn()
            let period = requestedPeriod(request, service)
            let form: UploadForm
            do {
                form = try await UploadBody.read(request, limit: service.settings.maxUploadBytes)
            } catch let error as IntakeError where error.status == .contentTooLarge {
                let result = PageValues.result(headline: error.message, diagnostics: [], ok: false)
                return try departmentPage(renderer, service: service, period: period, context: context, result: result, status: error.status)
            }
            try context.requireCSRF(form.fields["csrf"])
            guard let data = form.fileData, let name = form.fileName, !name.isEmpty else { throw IntakeError(.badRequest, IntakeMessages.noFile) }
            do {
                let receipt = try await BlockingWork.run { try service.upload(data, name: name, period: period, by: account) }
                let result = PageValues.result(headline: IntakeMessages.uploadAccepted, diagnostics: receipt.diagnostics, ok: true)
                return try departmentPage(renderer, service: service, period: period, context: context, result: result, status: .ok)
            } catch let error as IntakeError where error.status != .forbidden {
                let result = PageValues.result(headline: error.message, diagnostics: error.diagnostics, ok: false)
                return try departmentPage(renderer, service: service, period: period, context: context, result: result, status: error.status)
            }
        }
        pages.get("don-vi/bieu-mau") { request, context -> Response in
            let account = try context.signedIn()
            guard let department = account.department else { throw IntakeError.forbidden }
            return JSONResponse.file(try service.form(period: requestedPeriod(request, service), department: department, for: account))
        }
        pages.get("don-vi/xem-truoc.docx") { request, context -> Response in
            let account = try context.signedIn()
            guard let department = account.department else { throw IntakeError.forbidden }
            return JSONResponse.file(try service.section(period: requestedPeriod(request, service), department: department, format: "docx",
                                                         for: account))
        }
        pages.get("tep/:id") { _, context -> Response in
            guard let id = Int64(try context.parameters.require("id")) else { throw IntakeError.notFound }
            let (record, data) = try service.file(id: id, for: try context.signedIn())
            return JSONResponse.file(DownloadedFile(name: record.fileName, contentType: MediaTypes.forFile(record.fileName), data: data))
        }

        pages.get("van-phong") { request, context -> Response in
            try officePage(renderer, service: service, period: requestedPeriod(request, service), context: context, message: nil, status: .ok)
        }
        pages.post("van-phong/duyet") { request, context -> Response in
            let form = try await PageForm.read(request)
            try context.requireCSRF(form["csrf"])
            let period = requestedPeriod(request, service)
            let decision: ReviewRecord.Decision = form["decision"] == "returned" ? .returned : .approved
            try service.review(period: period, department: form["department"] ?? "", decision: decision, comment: form["comment"] ?? "",
                               by: try context.signedIn())
            return .redirect(to: "/van-phong?ky=\(period)", type: .normal)
        }
        pages.post("van-phong/ky-bao-cao") { request, context -> Response in
            let form = try await PageForm.read(request)
            try context.requireCSRF(form["csrf"])
            let period = requestedPeriod(request, service)
            let yaml = try PeriodSettingsForm(number: form["number"], date: form["date"], cutoffEnd: form["cutoff_end"]).yaml(period: period)
            do {
                try service.uploadSettings(Data(yaml.utf8), period: period, by: try context.signedIn())
            } catch let error as IntakeError where error.status == .unprocessableContent {
                let message = PageValues.result(headline: error.message, diagnostics: error.diagnostics, ok: false)
                return try officePage(renderer, service: service, period: period, context: context,
                                      message: message.merging(["text": error.message]) { $1 }, status: error.status)
            }
            return .redirect(to: "/van-phong?ky=\(period)", type: .normal)
        }
        pages.post("van-phong/khoa") { request, context -> Response in
            try context.requireCSRF(try await PageForm.read(request)["csrf"])
            let period = requestedPeriod(request, service)
            try service.lock(period: period, by: try context.signedIn())
            return .redirect(to: "/van-phong?ky=\(period)", type: .normal)
        }
        pages.post("van-phong/tong-hop") { request, context -> Response in
            let form = try await PageForm.read(request)
            try context.requireCSRF(form["csrf"])
            let period = requestedPeriod(request, service)
            do {
                return JSONResponse.file(try service.assemble(period: period, formats: form.all("to"), draft: form["draft"] == "true",
                                                              by: try context.signedIn()))
            } catch let error as IntakeError where error.status == .conflict {
                let message = PageValues.result(headline: error.message, diagnostics: error.diagnostics, ok: false)
                return try officePage(renderer, service: service, period: period, context: context,
                                      message: message.merging(["text": error.message]) { $1 }, status: error.status)
            }
        }
        pages.post("van-phong/don-doc") { request, context -> Response in
            try context.requireCSRF(try await PageForm.read(request)["csrf"])
            return JSONResponse.file(try service.reminder(period: requestedPeriod(request, service), by: try context.signedIn()))
        }
        pages.get("van-phong/nhat-ky") { request, context -> Response in
            let period = request.uri.queryParameters.get("ky")
            let entries = try service.auditLog(period: period, for: try context.signedIn()).reversed().map { entry -> [String: Any] in
                ["at": PageValues.time(entry.at), "login": entry.login, "action": entry.action.rawValue,
                 "department": entry.department ?? "", "detail": entry.detail, "sha256": entry.sha256 ?? ""]
            }
            return renderer.page("audit", title: "Nhật ký", values: ["period": period ?? "", "entries": entries], context: context)
        }
        pages.get("van-phong/nhat-ky.csv") { request, context -> Response in
            JSONResponse.file(try service.auditCSV(period: request.uri.queryParameters.get("ky"), for: try context.signedIn()))
        }
    }

    /// The period of a page: `?ky=YYYY-MM`, or the current month in Vietnam.
    private static func requestedPeriod(_ request: Request, _ service: IntakeService) -> String {
        request.uri.queryParameters.get("ky") ?? service.currentPeriod
    }

    private static func signInPage(_ renderer: PageRenderer, context: IntakeRequestContext, message: String?, login: String,
                                   status: HTTPResponse.Status, secure: Bool) -> Response {
        let csrf = IntakeStore.randomToken()
        var response = renderer.page("sign-in", title: "Đăng nhập", values: ["login": login].merging(message.map { ["message": $0] } ?? [:]) { $1 }, context: context,
                                     status: status, csrf: csrf)
        response.setCookie(SessionCookie.make(SessionCookie.signInName, value: csrf, maxAge: 3600, secure: secure))
        return response
    }

    private static func passwordPage(_ renderer: PageRenderer, context: IntakeRequestContext, message: String?,
                                     status: HTTPResponse.Status) throws -> Response {
        var values: [String: Any] = ["required": try context.signedIn().mustChangePassword, "minimum": IntakeService.minimumPasswordLength]
        if let message { values["message"] = message }
        return renderer.page("password", title: "Đổi mật khẩu", values: values, context: context, status: status)
    }

    private static func departmentPage(_ renderer: PageRenderer, service: IntakeService, period: String, context: IntakeRequestContext,
                                       result: [String: Any]?, status: HTTPResponse.Status) throws -> Response {
        let account = try context.signedIn()
        guard let department = account.department, !account.isOffice else { return .redirect(to: "/van-phong?ky=\(period)", type: .normal) }
        let own = try service.departmentStatus(period: period, for: account)
        let review = try service.latestReview(period: period, department: department, for: account)
        var values: [String: Any] = [
            "department": service.profile.department(department)?.name ?? department, "period": own.period,
            "periodLabel": PageValues.periodLabel(own.period), "deadline": PageValues.day(own.deadline.addingTimeInterval(-1)),
            "state": own.status.state.rawValue, "stateLabel": own.status.state.label, "locked": own.locked, "accepted": service.acceptedExtensions.map { "." + $0 }.joined(separator: ", "),
            "limit": service.settings.maxUploadBytes >> 20,
            "submissions": try service.submissions(period: period, for: account).reversed().map(PageValues.submission),
        ]
        if let review {
            values["review"] = ["decision": review.decision == .approved ? "đã duyệt" : "trả lại", "decidedAt": PageValues.time(review.decidedAt),
                                "comment": review.comment]
        }
        let preview = try service.sectionPreview(period: period, department: department, for: account)
        values["preview"] = preview.html
        values["previewDiagnostics"] = preview.diagnostics.map(PageValues.diagnostic)
        values["hasPreviewDiagnostics"] = !preview.diagnostics.isEmpty
        values["hasForm"] = !service.catalogue.entries(department).isEmpty
        if let result { values["result"] = result }
        if let receivedAt = own.status.receivedAt { values["receivedAt"] = PageValues.time(receivedAt) }
        return renderer.page("department", title: PageValues.periodLabel(own.period), values: values, context: context, status: status)
    }

    private static func officePage(_ renderer: PageRenderer, service: IntakeService, period: String, context: IntakeRequestContext,
                                   message: [String: Any]?, status: HTTPResponse.Status) throws -> Response {
        let board = try service.board(period: period, for: try context.signedIn())
        let csrf = context.token?.csrf ?? ""
        var values: [String: Any] = [
            "period": board.period, "periodLabel": PageValues.periodLabel(board.period), "deadline": PageValues.day(board.deadline.addingTimeInterval(-1)),
            "locked": board.locked, "completeness": String(format: "%.1f", board.completeness).replacingOccurrences(of: ".", with: ","),
            "onTime": String(format: "%.1f", board.onTime).replacingOccurrences(of: ".", with: ","),
            "formats": ["docx", "odt", "md", "csv"],
            "departments": board.departments.map { line -> [String: Any] in
                ["department": line.department, "name": line.name, "state": line.state.rawValue, "label": line.state.label,
                 "receivedAt": line.receivedAt.map(PageValues.time) ?? "", "comment": line.comment ?? "",
                 "canReview": line.receivedAt != nil, "period": board.period, "csrf": csrf]
            },
        ]
        if let message { values["message"] = message }
        values["toRemind"] = board.departments.filter { ReminderLetter.remindedStates.contains($0.state) }.map(\.name).joined(separator: "; ")
        values["settings"] = try service.periodSettings(period: board.period, for: try context.signedIn())
        return renderer.page("office", title: "Bảng theo dõi", values: values, context: context, status: status)
    }
}
