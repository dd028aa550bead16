import BaoCaoCore

// The catalogue: what the checks of a month and the rendering of the outline say. Each message
// once in Vietnamese and once in English; see `Message`.

extension Message {
    // MARK: Submissions of the month

    /// A submission of a department the profile does not list.
    static func unknownDepartment(_ id: String, known: [String]) -> Message {
        Message(
            vi: "không có đơn vị '\(id)' (có: \(list(known))); tệp bị bỏ qua",
            en: "unknown department '\(id)' (known: \(list(known))); the file is left out")
    }

    /// A submission of another period.
    static func otherPeriod(_ written: String, period: String) -> Message {
        Message(
            vi: "báo cáo này của kỳ \(written), không phải kỳ \(period); tệp bị bỏ qua",
            en: "this submission is for \(written), not for \(period); the file is left out")
    }

    /// A figure sent twice.
    static func figureSentTwice(_ id: String, department: String, first: String) -> Message {
        Message(
            vi: "số liệu '\(id)' của \(department) được gửi hai lần (lần đầu ở \(first))",
            en: "figure '\(id)' of \(department) is sent twice (first at \(first))")
    }

    /// A narrative sent twice.
    static func narrativeSentTwice(_ key: String, department: String, first: String) -> Message {
        Message(
            vi: "bài viết '\(key)' của \(department) được gửi hai lần (lần đầu ở \(first))",
            en: "narrative '\(key)' of \(department) is sent twice (first at \(first))")
    }

    // MARK: Figures

    /// Task parts that do not add up to the assigned count.
    static func tallyDoesNotAddUp(_ id: String, sum: String, assigned: String) -> Message {
        Message(
            vi: "các phần của '\(id)' không khớp tổng: \(sum), nhưng được giao \(assigned) nhiệm vụ",
            en: "the parts of '\(id)' do not add up: \(sum), but \(assigned) tasks were assigned")
    }

    /// A share stated for a count that is not there.
    static func shareWithoutCount(_ part: String) -> Message {
        Message(vi: "có tỷ lệ cho '\(part)' nhưng thiếu số đếm đó", en: "a share is stated for '\(part)' but that count is missing")
    }

    /// A stated share that does not match its counts.
    static func shareMismatch(_ id: String, part: String, stated: String, count: Int, assigned: Int, computed: String) -> Message {
        Message(
            vi: "tỷ lệ ghi \(stated)% của '\(id)' (\(part)) không khớp với số đếm: \(count)/\(assigned) = \(computed)%",
            en: "the stated share \(stated)% of '\(id)' (\(part)) does not match its counts: \(count)/\(assigned) = \(computed)%")
    }

    /// A part whose total is not a number of the same department.
    static func partOfMissingTotal(_ id: String, total: String, department: String) -> Message {
        Message(
            vi: "'\(id)' là một phần của '\(total)', nhưng \(department) không gửi '\(total)' dưới dạng số",
            en: "'\(id)' is part of '\(total)', which \(department) did not send as a number")
    }

    /// A part of another kind or unit than its total.
    static func partKindDiffers(_ id: String, total: String) -> Message {
        Message(vi: "'\(id)' không thể là một phần của '\(total)': khác loại hoặc đơn vị", en: "'\(id)' cannot be part of '\(total)': kind or unit differ")
    }

    /// Parts that exceed their total.
    static func partsExceedTotal(_ id: String, sum: String, total: String) -> Message {
        Message(
            vi: "các phần của '\(id)' cộng lại lớn hơn tổng: \(sum) > \(total)",
            en: "the parts of '\(id)' add up to more than it: \(sum) > \(total)")
    }

    /// A unit that changed since last month.
    static func unitChanged(_ id: String, from old: String, at location: String, to new: String) -> Message {
        Message(
            vi: "đơn vị tính của '\(id)' đã đổi từ '\(old)' của tháng trước (\(location)) thành '\(new)'",
            en: "the unit of '\(id)' changed from '\(old)' last month (\(location)) to '\(new)'")
    }

    /// No folder for last month, so units could not be compared.
    static func previousPeriodMissing(_ period: String) -> Message {
        Message(
            vi: "không có báo cáo kỳ trước (\(period)): bỏ qua việc so sánh đơn vị tính với tháng trước",
            en: "no submissions for the previous period (\(period)): the check of units against last month was skipped")
    }

    // MARK: The outline

    /// Departments named in the outline that the profile does not list.
    static func outlineUnknownDepartments(_ ids: [String], known: [String]) -> Message {
        Message(
            vi: "đề cương nhắc tới đơn vị không có \(list(ids)) (có: \(list(known)))",
            en: "the outline refers to unknown department(s) \(list(ids)) (known: \(list(known)))")
    }

    /// A department that sent nothing this period.
    static func departmentSentNothing(_ name: String, id: String, period: String, sentence: String) -> Message {
        Message(
            vi: "\(name) (\(id)) chưa gửi báo cáo kỳ \(period); báo cáo ghi \"\(sentence)\"",
            en: "\(name) (\(id)) has sent no report for \(period); the report says \"\(sentence)\"")
    }

    /// A sentence of the outline left out of the report: it needs figures of a department that has not sent.
    static func sentenceLeftOutMissing(_ sentence: String, department name: String, id: String) -> Message {
        Message(
            vi: "đã bỏ câu cần số liệu của \(name) (\(id)), đơn vị chưa gửi báo cáo: \"\(sentence)\"",
            en: "left out the sentence needing figures of \(name) (\(id)), which has not sent its report: \"\(sentence)\"")
    }

    /// A sentence of the outline left out of the report: it needs figures that were sent but could not be read.
    static func sentenceLeftOutUnreadable(_ sentence: String, figures: [String]) -> Message {
        Message(
            vi: "đã bỏ câu cần số liệu \(list(figures)) không đọc được (lỗi ghi ở tệp của đơn vị): \"\(sentence)\"",
            en: "left out the sentence needing \(list(figures)), which could not be read (the error is at the department's file): \"\(sentence)\"")
    }

    /// A narrative part no department feeds.
    static func narrativeWithoutDepartment(_ key: String) -> Message {
        Message(vi: "không có đơn vị nào gửi bài viết '\(key)'", en: "no department feeds the narrative '\(key)'")
    }

    /// A narrative a department did not send.
    static func narrativeMissing(_ key: String, department: String, period: String, sentence: String) -> Message {
        Message(
            vi: "\(department) chưa gửi bài viết '\(key)' kỳ \(period); mục này ghi \"\(sentence)\"",
            en: "\(department) has sent no narrative '\(key)' for \(period); the section says \"\(sentence)\"")
    }

    // MARK: Templates

    /// A placeholder nothing fills.
    static func unknownPlaceholder(_ written: String, reason: Message) -> Message {
        Message(
            vi: "không có giá trị cho '{{\(written)}}' (\(reason.vi))",
            en: "unknown placeholder '{{\(written)}}' (\(reason.en))")
    }

    /// Why a placeholder is unknown: no department or period value of that name.
    static func noSuchValue(_ name: String) -> Message {
        Message(vi: "kỳ này không có đơn vị hay giá trị '\(name)'", en: "no department or period value '\(name)' this period")
    }

    /// Why a placeholder is unknown: the department sent no such figure.
    static func noSuchFigure(_ figure: String, department: String) -> Message {
        Message(vi: "kỳ này \(department) không gửi số liệu '\(figure)'", en: "\(department) has sent no figure '\(figure)' this period")
    }

    /// Why a placeholder is unknown: a department named without a figure.
    static func nameAFigure(_ department: String) -> Message {
        Message(vi: "hãy ghi tên số liệu: \(department).<số liệu>", en: "name a figure: \(department).<figure>")
    }

    /// Why a placeholder is unknown: the figure has no such value.
    static func noSuchFigureValue(_ figure: String, value: String) -> Message {
        Message(vi: "'\(figure)' không có giá trị '\(value)'", en: "'\(figure)' has no value '\(value)'")
    }

    /// A filter the templates do not have.
    static func unknownFilter(_ filter: String, in written: String, known: [String]) -> Message {
        Message(
            vi: "không có bộ lọc '\(filter)' trong '{{\(written)}}' (có: \(list(known)))",
            en: "unknown filter '\(filter)' in '{{\(written)}}' (known: \(list(known)))")
    }

    /// A template the engine cannot parse.
    static func templateSyntax(_ reason: String) -> Message {
        Message(vi: "lỗi cú pháp mẫu: \(reason)", en: "template syntax error: \(reason)")
    }

    // MARK: Output

    /// The statistics CSV failed in memory.
    static let statisticsCSVFailed = Message(vi: "không tạo được tệp CSV số liệu thống kê", en: "cannot build the statistics CSV in memory")

    /// A second figure for the same measure of one indicator of the statistics annex.
    static func measureGivenTwice(figure: String, measure: String, indicator: String, first: String) -> Message {
        Message(
            vi: "số liệu '\(figure)' cho lại '\(measure)' của chỉ tiêu '\(indicator)' (đã có '\(first)'); biểu thống kê giữ số liệu đầu",
            en: "figure '\(figure)' gives '\(measure)' of indicator '\(indicator)' again (already '\(first)'); the annex keeps the first")
    }
}
