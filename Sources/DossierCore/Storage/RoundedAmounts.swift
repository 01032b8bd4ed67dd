import Foundation

/// What a dossier file wrote in an amount that has more than two decimals
/// (`12.345`). That is a mistake in the dossier, not a file that cannot be
/// read: the amount is kept cut to the centime, noted here by its place,
/// and `Dossier.roundedAmounts` carries it to the validator, which names
/// the field and the value like any other problem. The decoder of every
/// dossier file holds one (`DossierJSON.decoder`); a decoder without one
/// refuses such an amount.
final class RoundedAmounts: @unchecked Sendable {
    static let key = CodingUserInfoKey(rawValue: "amo-dossier.roundedAmounts")!

    private let lock = NSLock()
    private var found: [(path: [CodingKey], text: String)] = []

    static func of(_ decoder: Decoder) -> RoundedAmounts? { decoder.userInfo[key] as? RoundedAmounts }

    /// A dossier begins: nothing noted for an earlier one counts.
    func start() {
        lock.withLock { found = [] }
    }

    func note(_ path: [CodingKey], _ text: String) {
        lock.withLock { found.append((path, text)) }
    }

    /// What was noted inside the dossier that begins at `prefix`, by JSON
    /// path from there (a draft holds its dossier under a key).
    func take(below prefix: [CodingKey]) -> [String: String] {
        lock.withLock {
            defer { found = [] }
            var result: [String: String] = [:]
            for (path, text) in found where path.count > prefix.count {
                result[DossierLoadError.path(Array(path.dropFirst(prefix.count)))] = text
            }
            return result
        }
    }
}
