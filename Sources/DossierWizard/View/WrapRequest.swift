/// A paragraph and the width it is wrapped to: the key of
/// `ScreenWriter.wrap`'s memo.
struct WrapRequest: Hashable, Sendable {
    let text: String
    let width: Int
}
