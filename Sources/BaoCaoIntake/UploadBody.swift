import Hummingbird
import NIOCore

/// Reads an upload's multipart body, refusing with 413 a body larger than the limit allows: by its
/// `Content-Length`, or while it is read when it comes without one (chunked).
enum UploadBody {
    /// Room for the multipart framing and the form's text fields around the file.
    static let framing = 64 << 10

    static func read(_ request: Request, limit: Int) async throws -> UploadForm {
        let tooLarge = IntakeError(.contentTooLarge, IntakeMessages.tooLarge(limit: limit))
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit + framing { throw tooLarge }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit + framing)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        }
        return try UploadForm.parse(body, contentType: request.headers[.contentType])
    }
}
