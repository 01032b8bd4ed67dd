import FoundationEssentials
import Synchronization

/// What a dossier file wrote in an amount that has more than two decimals
/// (`12.345`). That is a mistake in the dossier, not a file that cannot be
/// read: the amount is kept cut to the centime, noted here by its place,
/// and `Dossier.roundedAmounts` carries it to the validator, which names
/// the field and the value like any other problem. The decoder of every
/// dossier file holds one (`DossierJSON.decoder`); a decoder without one
/// refuses such an amount.
final class RoundedAmounts: @unchecked Sendable {
    static let key = CodingUserInfoKey(rawValue: "amo-dossier.roundedAmounts")!

    /// Coding paths are not Sendable; they never leave the lock.
    private struct Found: @unchecked Sendable {
        var notes: [(path: [CodingKey], text: String)] = []
    }

    private let found = Mutex(Found())

    static func of(_ decoder: Decoder) -> RoundedAmounts? { decoder.userInfo[key] as? RoundedAmounts }

    /// A dossier begins: nothing noted for an earlier one counts.
    func start() {
        found.withLock { $0.notes = [] }
    }

    func note(_ path: [CodingKey], _ text: String) {
        found.withLock { $0.notes.append((path, text)) }
    }

    /// What was noted inside the dossier that begins at `prefix`, by JSON
    /// path from there (a draft holds its dossier under a key).
    func take(below prefix: [CodingKey]) -> [String: String] {
        found.withLock { found in
            defer { found.notes = [] }
            var result: [String: String] = [:]
            for (path, text) in found.notes where path.count > prefix.count {
                result[DossierLoadError.path(Array(path.dropFirst(prefix.count)))] = text
            }
            return result
        }
    }
}
