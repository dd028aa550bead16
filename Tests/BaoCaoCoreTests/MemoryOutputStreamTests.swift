import BaoCaoCore
import Foundation
import Testing

@Suite("The in-memory output stream writers such as CSV.swift write into")
struct MemoryOutputStreamTests {
    @Test("it opens, keeps every byte written in order, and closes")
    func collectsBytes() {
        let stream = MemoryOutputStream()
        #expect(stream.streamStatus == .notOpen)
        stream.open()
        #expect(stream.streamStatus == .open && stream.hasSpaceAvailable)
        let text = Array("Mục,Giá trị\r\n".utf8)
        #expect(stream.write(text, maxLength: text.count) == text.count)
        #expect(stream.write([0x41], maxLength: 1) == 1)
        stream.close()
        #expect(stream.streamStatus == .closed)
        #expect(stream.bytes == text + [0x41])
    }
}
