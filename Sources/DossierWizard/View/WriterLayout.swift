import DossierCore

/// How a `ScreenWriter` lays text out (its language, width, margin, bidi
/// and plain-text choice): the part of a memo's key that says the same
/// text would be laid out the same way (`ReviewLayout`, `TextFieldLayout`,
/// `DrawnLine`).
struct WriterLayout: Hashable, Sendable {
    let language: Language
    let width: Int
    let margin: Int
    let bidi: BidiMode
    let plainText: Bool

    init(_ writer: ScreenWriter) {
        language = writer.language
        width = writer.width
        margin = writer.margin
        bidi = writer.bidi
        plainText = writer.plainText
    }
}
