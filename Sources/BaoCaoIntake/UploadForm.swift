import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body read with MultipartKit's parser: the text fields and the one file.
struct UploadForm {
    /// The text fields by name (the CSRF token, comments).
    var fields: [String: String] = [:]
    /// The name the browser or script gave the file (never used as a path).
    var fileName: String?
    /// The file's bytes.
    var fileData: Data?

    /// Parses `body`, sent with `contentType`; the file is the part named `fileField`.
    ///
    /// - Throws: ``IntakeError`` 400 when the body is not multipart form data.
    static func parse(_ body: ByteBuffer, contentType: String?, fileField: String = "file") throws -> UploadForm {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = parameter("boundary", in: contentType), !boundary.isEmpty else {
            throw IntakeError(.badRequest, IntakeMessages.badForm)
        }
        var form = UploadForm()
        var headers: [String: String] = [:]
        var content = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in content.writeBuffer(&chunk) }
        parser.onPartComplete = {
            defer {
                headers = [:]
                content = ByteBuffer()
            }
            guard let disposition = headers["content-disposition"], let name = parameter("name", in: disposition) else { return }
            let bytes = Data(content.readableBytesView)
            if name == fileField, let fileName = parameter("filename", in: disposition) {
                form.fileName = fileName
                form.fileData = bytes
            } else if form.fields.count < 20 {
                form.fields[name] = String(decoding: bytes.prefix(10_000), as: UTF8.self)
            }
        }
        do {
            try parser.execute(body)
        } catch {
            throw IntakeError(.badRequest, IntakeMessages.badForm)
        }
        return form
    }

    /// The value of `key` in a header such as `form-data; name="file"; filename="snn.yaml"`.
    static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
