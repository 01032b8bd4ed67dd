/// A JSON value as `JSONTreeParser` reads it for the fast way of reading a
/// dossier (`DossierFastDecoding`): objects keep their keys in the file's
/// order, and numbers their text, so that an amount is counted in centimes
/// from its digits and never through binary floating point.
enum JSONTree {
    case object([(key: String, value: JSONTree)])
    case array([JSONTree])
    case string(String)
    /// The number exactly as written (`89.6`, `-3`, `1e2`).
    case number(String)
    case bool(Bool)
    case null
}
