import FoundationEssentials

/// Why a file could not be read as a dossier. It names the file and the
/// place inside it (a JSON path such as `student.birthDate`), so that a
/// coverage officer can open the file and see what is wrong; it never
/// quotes the values found there, which may be personal data.
public struct DossierLoadError: Error, CustomStringConvertible, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// The file could not be opened or read (missing, or failing as it
        /// is read).
        case unreadable
        /// This account may not read it: its permissions are to fix.
        case notPermitted
        /// A folder, not a file.
        case folder
        /// A FIFO, a device or a socket: refused unread (reading one could
        /// wait forever).
        case notAPlainFile
        /// Larger than any dossier can be (`PrivateFiles.maximumReadSize`):
        /// refused unread, so a huge file cannot exhaust memory.
        case tooLarge(limit: Int)
        /// Not JSON at all, or cut short (a truncated copy).
        case notJSON
        /// One object holds the same key twice (`place` names it): which of
        /// the two values counts would depend on the reader.
        case duplicateKey
        /// Valid JSON, but not a dossier object (no `schemaVersion`).
        case notADossier
        /// A dossier of a schema version this program does not read.
        case unsupportedVersion(Int)
        /// A key every dossier has is absent.
        case missingKey
        /// A value of the wrong JSON type (a string where a number is).
        case wrongType
        /// The right type but an impossible value (`2026-02-30`, an unknown sheet).
        case invalidValue
        /// A number where a whole number belongs that is not one (`1.5`,
        /// `1e308`): valid JSON, the wrong value.
        case notAWholeNumber
    }

    public let file: String
    /// JSON path of the faulty place; empty when the whole file is at fault.
    public let place: String
    public let reason: Reason

    public init(file: String, place: String, reason: Reason) {
        self.file = file
        self.place = place
        self.reason = reason
    }

    /// The message in a person's language, from `Resources/l10n/cli.json`.
    public func message(_ language: Language, _ words: L10n = .shared) -> String {
        let what: String
        switch reason {
        case .unreadable: what = words.text("load.unreadable", language)
        case .notPermitted: what = words.text("load.notPermitted", language)
        case .folder: what = words.text("load.folder", language)
        case .notAPlainFile: what = words.text("load.notAPlainFile", language)
        case .tooLarge(let limit): what = words.text("load.tooLarge", language, ["limit": String(limit / 1024)])
        case .notJSON: what = words.text("load.notJSON", language)
        case .duplicateKey: what = words.text("load.duplicateKey", language)
        case .notADossier: what = words.text("load.notADossier", language)
        case .unsupportedVersion(let v):
            what = words.text("load.unsupportedVersion", language,
                      ["version": String(v),
                       "supported": "\(Dossier.readableVersions.lowerBound)–\(Dossier.readableVersions.upperBound)"])
        case .missingKey: what = words.text("load.missingKey", language)
        case .wrongType: what = words.text("load.wrongType", language)
        case .invalidValue: what = words.text("load.invalidValue", language)
        case .notAWholeNumber: what = words.text("load.notANumber", language)
        }
        // A file's name and the keys inside it may hold anything.
        let file = TerminalText.visible(file, limit: TerminalText.messageLimit)
        let place = TerminalText.visible(place, limit: TerminalText.messageLimit)
        if place.isEmpty {
            return words.text("load.error.file", language, ["file": file, "reason": what])
        }
        return words.text("load.error.place", language, ["file": file, "place": place, "reason": what])
    }

    public var description: String { message(.en) }

    /// Reads `data` (the bytes of `file`) as a dossier. The order of checks
    /// matters to the person reading the error: first "is it JSON", then "is
    /// it a dossier of a version we know", then the exact faulty field.
    static func decode(_ data: Data, file: String) -> Result<Dossier, DossierLoadError> {
        if data.count > PrivateFiles.maximumReadSize {
            return .failure(DossierLoadError(file: file, place: "", reason: .tooLarge(limit: PrivateFiles.maximumReadSize)))
        }
        // Most files of a register are as this program writes them: read
        // in one pass (`DossierFastDecoding`), or else the careful way.
        if let dossier = DossierFastDecoding.dossier(data) { return .success(dossier) }
        return decodeCarefully(data, file: file)
    }

    /// Foundation's decoder and the models' `init(from:)`: what names the
    /// mistake of a file and its place, and reads every file it can.
    static func decodeCarefully(_ data: Data, file: String) -> Result<Dossier, DossierLoadError> {
        // A dossier nests four levels deep; thousands of brackets would only
        // test how deep the JSON parser may recurse before the stack ends.
        if JSONNesting.exceeds(data, limit: maximumNesting) {
            return .failure(DossierLoadError(file: file, place: "", reason: .notADossier))
        }
        // One parse: the text is read once by the decoder, which first looks
        // at `schemaVersion` (`Envelope`), then decodes the dossier. (It used
        // to be parsed three times, which made most of `check`'s time on a
        // folder.) The order of the verdicts is kept: not JSON, not a
        // dossier, a key written twice, then what the decoder says.
        // JSON is UTF-8; the decoder would only find bad bytes inside a
        // string once it reads that value.
        guard String(validating: data, as: UTF8.self) != nil else {
            return .failure(DossierLoadError(file: file, place: "", reason: .notJSON))
        }
        let decoder = DossierJSON.decoder()
        let reached = Envelope.Reached()
        decoder.userInfo[Envelope.reachedKey] = reached
        let decoded = Result { try decoder.decode(Envelope.self, from: data) }
        guard reached.value else {
            return .failure(DossierLoadError(file: file, place: "", reason: .notJSON))
        }
        if case .failure(Envelope.Verdict.notADossier) = decoded {
            return .failure(DossierLoadError(file: file, place: "", reason: .notADossier))
        }
        if let key = JSONDuplicateKey.first(in: data) {
            return .failure(DossierLoadError(file: file, place: key, reason: .duplicateKey))
        }
        switch decoded {
        case .success(.dossier(let dossier)):
            return .success(dossier)
        case .success(.unsupported(let version)):
            return .failure(DossierLoadError(file: file, place: "schemaVersion", reason: .unsupportedVersion(version)))
        case .failure(Envelope.Verdict.versionNotANumber):
            return .failure(DossierLoadError(file: file, place: "schemaVersion", reason: .wrongType))
        case .failure(let error as DecodingError):
            return .failure(DossierLoadError(decoding: error, file: file))
        case .failure:
            return .failure(DossierLoadError(file: file, place: "", reason: .invalidValue))
        }
    }

    /// The description a decoder error carries for "not a whole number"
    /// (`decodeWholeNumberIfPresent`).
    static let notAWholeNumber = "amo-dossier.notAWholeNumber"

    /// Far above the depth of a real dossier (4), far below any parser's limit.
    static let maximumNesting = 32

    /// A file's top level: an object with a `schemaVersion` this program
    /// reads, and then the dossier.
    enum Envelope: Decodable {
        case dossier(Dossier)
        case unsupported(Int)

        enum Verdict: Error { case notADossier, versionNotANumber }

        /// Set once the decoder has parsed the text: a failure before is
        /// text that is not JSON at all.
        final class Reached: @unchecked Sendable { var value = false }
        static let reachedKey = CodingUserInfoKey(rawValue: "amo-dossier.parsed")!

        private enum Key: String, CodingKey { case schemaVersion }

        init(from decoder: Decoder) throws {
            (decoder.userInfo[Self.reachedKey] as? Reached)?.value = true
            guard let c = try? decoder.container(keyedBy: Key.self), c.contains(.schemaVersion) else {
                throw Verdict.notADossier
            }
            guard let version = try? c.decode(Int.self, forKey: .schemaVersion) else { throw Verdict.versionNotANumber }
            guard Dossier.readableVersions.contains(version) else {
                self = .unsupported(version)
                return
            }
            self = .dossier(try Dossier(from: decoder))
        }
    }

    init(decoding error: DecodingError, file: String) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(file: file, place: Self.path(context.codingPath + [key]), reason: .missingKey)
        case .typeMismatch(_, let context):
            self.init(file: file, place: Self.path(context.codingPath), reason: .wrongType)
        case .valueNotFound(_, let context):
            // JSON null where a value must be: the same fix as a wrong type.
            self.init(file: file, place: Self.path(context.codingPath), reason: .wrongType)
        case .dataCorrupted(let context):
            let whole = context.debugDescription == Self.notAWholeNumber
            self.init(file: file, place: Self.path(context.codingPath), reason: whole ? .notAWholeNumber : .invalidValue)
        @unknown default:
            self.init(file: file, place: "", reason: .invalidValue)
        }
    }

    /// `practitioners[1].fee` from a decoder's coding path, the same form as
    /// `Problem.path`.
    static func path(_ keys: [CodingKey]) -> String {
        var result = ""
        for key in keys {
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(index) {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return result
    }
}
