import FoundationEssentials

/// One edition as its file states it: only `validFrom` is required; every
/// other key, when present, replaces the same key of the edition before it.
/// The shape is documented in the README ("Rules by edition").
struct EditionFile: Decodable, Sendable, Equatable {
    let validFrom: CalendarDate
    let source: String?
    let fund: Rules.Fund?
    let mailingDeadlineDays: Int?
    let maximumAge: Int?
    let mailingAddress: [String: [String]]?
    let contacts: Rules.Contacts?
    let sheets: [Rules.Sheet]?
    let chronicDiseases: [Rules.ChronicDisease]?
    /// A short notice for the student in each language (the AMO changing
    /// hands). Unlike every other key it is not inherited: a notice speaks
    /// of the moment of its own edition, and a successor that did not
    /// repeat it (a new fund) must not go on telling students of the old.
    let notice: Rules.Named?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case validFrom, source, fund, mailingDeadlineDays, maximumAge, mailingAddress, contacts, sheets,
             chronicDiseases, notice
    }

    /// The keys an edition may hold; any other is a typing mistake that
    /// would otherwise be silently ignored.
    static let keys: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))

    /// Reads and checks one file on its own.
    static func parse(_ data: Data, file: String) throws(EditionError) -> EditionFile {
        if JSONNesting.exceeds(data, limit: 16) { throw EditionError(file: file, reason: "edition.notJSON") }
        let names: [String]
        switch JSONTopKeys.of(data) {
        case .success(let found): names = found
        case .failure(.notJSON): throw EditionError(file: file, reason: "edition.notJSON")
        case .failure(.notAnObject): throw EditionError(file: file, reason: "edition.notAnObject")
        }
        if let unknown = names.sorted().first(where: { !keys.contains($0) }) {
            throw EditionError(file: file, place: unknown, reason: "edition.unknownKey")
        }
        let edition: EditionFile
        do {
            edition = try JSONDecoder().decode(EditionFile.self, from: data)
        } catch let error as DecodingError {
            throw EditionError(decoding: error, file: file)
        } catch {
            throw EditionError(file: file, reason: "edition.notJSON")
        }
        try edition.check(file: file)
        return edition
    }

    /// What each stated key must be, whatever the other editions say.
    func check(file: String) throws(EditionError) {
        func range(_ value: Int?, _ place: String, _ bounds: ClosedRange<Int>) throws(EditionError) {
            guard let value, !bounds.contains(value) else { return }
            throw EditionError(file: file, place: place, reason: "edition.outOfRange",
                               arguments: ["min": String(bounds.lowerBound), "max": String(bounds.upperBound)])
        }
        try range(mailingDeadlineDays, "mailingDeadlineDays", 1...3650)
        try range(maximumAge, "maximumAge", 1...150)
        var texts: [(String, Rules.Named)] = []
        if let fund { texts += [("fund.short", fund.short), ("fund.name", fund.name)] }
        if let notice { texts.append(("notice", notice)) }
        for (place, named) in texts {
            for language in Language.allCases {
                let text = named.text(language)
                if text.trimmingSpaces.isEmpty {
                    throw EditionError(file: file, place: "\(place).\(language.rawValue)", reason: "edition.empty")
                }
                // Shown as they are on the screen and the envelope page.
                if TextFieldCheck.hasControl(text) {
                    throw EditionError(file: file, place: "\(place).\(language.rawValue)", reason: "edition.control")
                }
            }
        }
        if let mailingAddress {
            if let unknown = mailingAddress.keys.sorted().first(where: { Language(rawValue: $0) == nil }) {
                throw EditionError(file: file, place: "mailingAddress.\(unknown)", reason: "edition.unknownKey")
            }
            for language in Language.allCases {
                let lines = mailingAddress[language.rawValue] ?? []
                if lines.isEmpty || lines.contains(where: { $0.trimmingSpaces.isEmpty }) {
                    throw EditionError(file: file, place: "mailingAddress.\(language.rawValue)", reason: "edition.empty")
                }
            }
        }
        if let sheets {
            for kind in CareSheetKind.allCases {
                let count = sheets.filter { $0.id == kind }.count
                if count == 0 {
                    throw EditionError(file: file, place: "sheets", reason: "edition.sheetMissing",
                                       arguments: ["sheet": kind.rawValue])
                }
                if count > 1 {
                    let second = sheets.indices.filter { sheets[$0].id == kind }[1]
                    throw EditionError(file: file, place: "sheets[\(second)].id", reason: "edition.duplicate")
                }
            }
            for (i, sheet) in sheets.enumerated() {
                if sheet.careKinds.isEmpty {
                    throw EditionError(file: file, place: "sheets[\(i)].careKinds", reason: "edition.empty")
                }
                if Set(sheet.careKinds).count != sheet.careKinds.count {
                    throw EditionError(file: file, place: "sheets[\(i)].careKinds", reason: "edition.duplicate")
                }
            }
        }
        if let chronicDiseases {
            if chronicDiseases.isEmpty { throw EditionError(file: file, place: "chronicDiseases", reason: "edition.empty") }
            for (i, disease) in chronicDiseases.enumerated() {
                if disease.number != i + 1 {
                    throw EditionError(file: file, place: "chronicDiseases[\(i)].number", reason: "edition.diseaseNumber",
                                       arguments: ["expected": String(i + 1)])
                }
                if [disease.fr, disease.ar, disease.en].contains(where: { $0.trimmingSpaces.isEmpty }) {
                    throw EditionError(file: file, place: "chronicDiseases[\(i)]", reason: "edition.empty")
                }
            }
        }
    }

    /// This edition over the one before it; the first edition states every
    /// key (the notice aside, which no edition inherits).
    func resolved(over previous: Rules?, file: String) throws(EditionError) -> Rules {
        func value<T>(_ own: T?, _ inherited: T?, _ key: String) throws(EditionError) -> T {
            if let own { return own }
            if let inherited { return inherited }
            throw EditionError(file: file, place: key, reason: "edition.firstIncomplete")
        }
        var address: [Language: [String]]?
        if let mailingAddress {
            address = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, mailingAddress[$0.rawValue] ?? []) })
        }
        return Rules(validFrom: validFrom, file: file,
                     source: try value(source, previous?.source, "source"),
                     fund: try value(fund, previous?.fund, "fund"),
                     mailingDeadlineDays: try value(mailingDeadlineDays, previous?.mailingDeadlineDays, "mailingDeadlineDays"),
                     maximumAge: try value(maximumAge, previous?.maximumAge, "maximumAge"),
                     mailingAddress: try value(address, previous?.mailingAddress, "mailingAddress"),
                     contacts: try value(contacts, previous?.contacts, "contacts"),
                     sheets: try value(sheets, previous?.sheets, "sheets"),
                     chronicDiseases: try value(chronicDiseases, previous?.chronicDiseases, "chronicDiseases"),
                     notice: notice)
    }
}

extension EditionError {
    init(decoding error: DecodingError, file: String) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(file: file, place: DossierLoadError.path(context.codingPath + [key]), reason: "edition.missingKey")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            self.init(file: file, place: DossierLoadError.path(context.codingPath), reason: "edition.wrongType")
        case .dataCorrupted(let context):
            self.init(file: file, place: DossierLoadError.path(context.codingPath), reason: "edition.invalidValue")
        @unknown default:
            self.init(file: file, reason: "edition.invalidValue")
        }
    }
}
