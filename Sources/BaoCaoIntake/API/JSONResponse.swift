import Foundation
import Hummingbird

/// Responses with a body: JSON (sorted keys, so the same answer has the same bytes) or a file.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// A download: the bytes with their media type and a file name to save them under.
    static func file(_ file: DownloadedFile) -> Response {
        Response(status: .ok, headers: [
            .contentType: file.contentType,
            .contentDisposition: "attachment; filename=\"\(file.name)\"",
        ], body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }
}
