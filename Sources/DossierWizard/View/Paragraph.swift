/// A block of words with its look, as a screen says it beside its fields
/// (a verdict, a deadline, the review's lines). The full-screen wizard
/// wraps and draws it; the plain mode writes its text as a line. Written
/// once, so the two front-ends can never say different things.
public struct Paragraph: Equatable, Sendable {
    public var text: String
    public var role: ColorRole
    public var attributes: CellAttributes
    public var indent: Int

    public init(_ text: String, _ role: ColorRole = .normal, _ attributes: CellAttributes = [], indent: Int = 0) {
        self.text = text
        self.role = role
        self.attributes = attributes
        self.indent = indent
    }
}

extension ScreenWriter {
    /// A paragraph as screen lines.
    public func lines(_ paragraph: Paragraph, field: Int? = nil) -> [Line] {
        self.paragraph(paragraph.text, paragraph.role, paragraph.attributes, indent: paragraph.indent, field: field)
    }
}
