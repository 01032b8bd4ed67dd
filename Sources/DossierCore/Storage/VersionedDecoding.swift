/// A part of the dossier whose keys changed from one schema version to the
/// next: read knowing the file's version, so that a version 1 file reads
/// as it always did (a key it never had is empty), while a version 2 file
/// missing that key is named as damaged, like any missing key.
protocol VersionedDecodable {
    init(from decoder: Decoder, schemaVersion: Int) throws
}

extension KeyedDecodingContainer {
    func decode<T: VersionedDecodable>(_: T.Type, forKey key: Key, schemaVersion: Int) throws -> T {
        guard contains(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: ""))
        }
        return try T(from: superDecoder(forKey: key), schemaVersion: schemaVersion)
    }

    func decode<T: VersionedDecodable>(_: [T].Type, forKey key: Key, schemaVersion: Int) throws -> [T] {
        var list = try nestedUnkeyedContainer(forKey: key)
        var result: [T] = []
        while !list.isAtEnd { result.append(try T(from: list.superDecoder(), schemaVersion: schemaVersion)) }
        return result
    }
}
