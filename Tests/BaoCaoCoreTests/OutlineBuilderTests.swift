import BaoCaoCore
import Testing

@Suite("Outline building from a word processor's flat paragraphs")
struct OutlineBuilderTests {
    @Test func boldNumberedParagraphsAreHeadingsTypedWithoutAStyle() {
        var outline = OutlineBuilder()
        outline.addParagraph([.text("Mở đầu.")])
        outline.addParagraph([.styled(.bold, [.text("I. KẾT QUẢ ĐẠT ĐƯỢC")])])
        outline.addParagraph([.styled(.bold, [.text("1. Công tác "), .styled(.italic, [.text("chỉ đạo")])])])
        outline.addParagraph([.text("Nội dung.")])
        outline.addParagraph([.styled(.bold, [.text("2. Đã giao 406 nhiệm vụ;")])])
        outline.addParagraph([.text("3.1. Chương trình công tác tháng 5 có 92 nhiệm vụ.")])
        outline.addParagraph([.styled(.bold, [.text("Kết luận")])])
        let (preamble, sections) = outline.finish()
        #expect(preamble == [.paragraph([.text("Mở đầu.")])])
        #expect(sections.map(\.number) == ["I."])
        let khoan = sections[0].subsections
        #expect(khoan.map(\.number) == ["1."])
        #expect(khoan[0].title == [.text("Công tác "), .styled(.italic, [.text("chỉ đạo")])])
        // A bold sentence ending like a list item, an unbold numbered sentence and an unnumbered
        // bold line stay paragraphs.
        #expect(khoan[0].blocks.count == 4)
    }
}
