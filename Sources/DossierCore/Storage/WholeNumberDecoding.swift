import FoundationEssentials

/// Whole numbers read from a file. Foundation's decoder answers a JSON
/// number that does not fit an `Int` (`1.5`, `1e308`, `1e400`) with "the
/// data is not valid JSON" and no place: a coverage officer would look for
/// a broken file instead of one wrong value. Here the failure names the
/// key (`chronicDisease`) and says what is wrong with the number.
extension KeyedDecodingContainer {
    func decodeWholeNumberIfPresent(forKey key: Key) throws -> Int? {
        // The decoder's own number error is not a `DecodingError` (it
        // becomes "not valid JSON" only once it leaves the decoder), or one
        // without a place: either is this key's value.
        do {
            return try decodeIfPresent(Int.self, forKey: key)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, !context.codingPath.isEmpty { throw error }
            if case .dataCorrupted = error {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: DossierLoadError.notAWholeNumber)
            }
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: DossierLoadError.notAWholeNumber)
        }
    }
}
