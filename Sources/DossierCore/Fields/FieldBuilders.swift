/// The ways to declare a field: each takes where the value is read and
/// where it is written, in the dossier or in one entry type, and builds the
/// storage functions, so that a registry entry is one line of what matters.
///
/// Read and write are the same key path written twice, on purpose: a key
/// path literal taken as a function (`read:`) compiles to a plain property
/// read, while one kept as a `WritableKeyPath` is applied by the Swift
/// runtime at every read (key-path projection and generic metadata look-ups,
/// once a fifth of `check` on a register). Writing happens as a person
/// types, so it keeps the key path. `RegistryTests` holds each field's read
/// and write to the same value.
extension Field {
    typealias Getter<V> = @Sendable (Dossier, Int?) -> V?
    typealias Setter<V> = @Sendable (inout Dossier, Int?, V) -> Void

    static func dossierAccess<V>(read: @escaping @Sendable (Dossier) -> V,
                                 write: WritableKeyPath<Dossier, V> & Sendable) -> (Getter<V>, Setter<V>) {
        ({ dossier, _ in read(dossier) }, { dossier, _, value in dossier[keyPath: write] = value })
    }

    static func entryAccess<E: CareEntry, V>(read: @escaping @Sendable (E) -> V,
                                             write: WritableKeyPath<E, V> & Sendable) -> (Getter<V>, Setter<V>) {
        entryAccess(read: read, update: { entry, value in entry[keyPath: write] = value })
    }

    /// A value of entry `index` of its kind's list, read and changed by
    /// functions of one entry: nothing when there is no such entry.
    static func entryAccess<E: CareEntry, V>(read: @escaping @Sendable (E) -> V,
                                             update: @escaping @Sendable (inout E, V) -> Void)
        -> (Getter<V>, Setter<V>) {
        let entries = E.entries, list = E.list
        return ({ dossier, index in
            guard let index else { return nil }
            let all = entries(dossier)
            return all.indices.contains(index) ? read(all[index]) : nil
        }, { dossier, index, value in
            guard let index, dossier[keyPath: list].indices.contains(index) else { return }
            update(&dossier[keyPath: list][index], value)
        })
    }

    /// A text kept as `String?`: empty is nil.
    static func optionalStorage(_ access: (Getter<String?>, Setter<String?>)) -> FieldStorage {
        let (get, set) = access
        return .text(get: { get($0, $1) ?? nil }, set: { dossier, index, text in set(&dossier, index, text.isEmpty ? nil : text) })
    }

    // MARK: The dossier's own fields

    static func text(_ id: String, read: @escaping @Sendable (Dossier) -> String,
                     write: WritableKeyPath<Dossier, String> & Sendable, kind: FieldKind = .text,
                     page: FieldPage, section: FieldSection, required: Bool = false, maxLength: Int,
                     presentation: Presentation = .everywhere, noteKey: String? = nil) -> Field {
        let (get, set) = dossierAccess(read: read, write: write)
        return Field(id: id, kind: kind, page: page, section: section, required: required, maxLength: maxLength,
                     presentation: presentation, noteKey: noteKey, storage: .text(get: get, set: set))
    }

    static func optionalText(_ id: String, read: @escaping @Sendable (Dossier) -> String?,
                             write: WritableKeyPath<Dossier, String?> & Sendable,
                             kind: FieldKind = .text, page: FieldPage, section: FieldSection,
                             recommended: Bool = false, missingCode: String? = nil, maxLength: Int,
                             presentation: Presentation = .everywhere, noteKey: String? = nil,
                             appliesTo: @escaping @Sendable (Dossier) -> Bool = { _ in true },
                             shape: (@Sendable (String, String) -> Problem?)? = nil) -> Field {
        let storage = optionalStorage(dossierAccess(read: read, write: write))
        return Field(id: id, kind: kind, page: page, section: section, recommended: recommended,
                     missingCode: missingCode, maxLength: maxLength, presentation: presentation, noteKey: noteKey,
                     appliesTo: appliesTo, storage: storage,
                     extraChecks: { dossier, path, _, _ in
                         guard let shape, let value = read(dossier)?.trimmingSpaces,
                               !value.isEmpty else { return [] }
                         return shape(value, path).map { [$0] } ?? []
                     })
    }

    static func date(_ id: String, read: @escaping @Sendable (Dossier) -> CalendarDate?,
                     write: WritableKeyPath<Dossier, CalendarDate?> & Sendable,
                     rules: Set<DateRule>, page: FieldPage, section: FieldSection, required: Bool = true,
                     presentation: Presentation = .everywhere, askedAfter: String? = nil,
                     appliesTo: @escaping @Sendable (Dossier) -> Bool = { _ in true },
                     extraChecks: @escaping @Sendable (Dossier, String, Rules, CalendarDate) -> [Problem] = { _, _, _, _ in [] })
        -> Field {
        let (get, set) = dossierAccess(read: read, write: write)
        return Field(id: id, kind: .date(rules), page: page, section: section, required: required, maxLength: 10,
                     presentation: presentation, askedAfter: askedAfter, appliesTo: appliesTo,
                     storage: .date(get: { get($0, $1) ?? nil }, set: set), extraChecks: extraChecks)
    }

    static func flag(_ id: String, read: @escaping @Sendable (Dossier) -> Bool,
                     write: WritableKeyPath<Dossier, Bool> & Sendable, page: FieldPage,
                     section: FieldSection, presentation: Presentation = .nowhere) -> Field {
        let (get, set) = dossierAccess(read: read, write: write)
        return Field(id: id, kind: .yesNo, page: page, section: section, maxLength: 0, presentation: presentation,
                     storage: .flag(get: get, set: set))
    }

    /// A text of the student declared here alone: its value is kept in
    /// `Student.more` under its JSON key, so the field needs no property
    /// in the model, only this entry (and its words and its schema).
    static func studentText(_ id: String, kind: FieldKind = .text, page: FieldPage = .student, required: Bool = false,
                            maxLength: Int, presentation: Presentation = .everywhere, noteKey: String? = nil) -> Field {
        let key = String(id.dropFirst("student.".count))
        return Field(id: id, kind: kind, page: page, section: .student, required: required, maxLength: maxLength,
                     presentation: presentation, noteKey: noteKey, moreKey: key,
                     storage: .text(get: { dossier, _ in dossier.student.more[key] },
                                    set: { dossier, _, text in dossier.student.more[key] = text.isEmpty ? nil : text }))
    }

    // MARK: The fields of one entry

    static func entryID<E: CareEntry>(_: E.Type, _ name: String) -> String { "\(E.kind.rawValue).\(name)" }

    static func entryText<E: CareEntry>(_ name: String, read: @escaping @Sendable (E) -> String,
                                        write: WritableKeyPath<E, String> & Sendable,
                                        kind: FieldKind = .text, required: Bool = false, recommended: Bool = false,
                                        missingCode: String? = nil, maxLength: Int,
                                        presentation: Presentation = .summaryOnly) -> Field {
        let (get, set) = entryAccess(read: read, write: write)
        return Field(id: entryID(E.self, name), kind: kind, page: .entry(E.kind), section: .entry(E.kind),
                     required: required, recommended: recommended, missingCode: missingCode, maxLength: maxLength,
                     presentation: presentation, keptInCopy: true, storage: .text(get: get, set: set))
    }

    static func entryDate<E: CareEntry>(_ name: String, read: @escaping @Sendable (E) -> CalendarDate?,
                                        write: WritableKeyPath<E, CalendarDate?> & Sendable,
                                        presentation: Presentation = .everywhere) -> Field {
        let (get, set) = entryAccess(read: read, write: write)
        return Field(id: entryID(E.self, name),
                     kind: .date([.notFuture, .notBeforeBirth, .notBeforeFirstAct, .notAfterTreatmentEnd]),
                     page: .entry(E.kind), section: .entry(E.kind), required: true, maxLength: 10,
                     presentation: presentation, storage: .date(get: { get($0, $1) ?? nil }, set: set))
    }

    static func entryAmount<E: CareEntry>(_ name: String, read: @escaping @Sendable (E) -> Money?,
                                          write: WritableKeyPath<E, Money?> & Sendable,
                                          presentation: Presentation = .everywhere) -> Field {
        let (get, set) = entryAccess(read: read, write: write)
        return Field(id: entryID(E.self, name), kind: .amount, page: .entry(E.kind), section: .entry(E.kind),
                     required: true, maxLength: 14, presentation: presentation,
                     storage: .amount(get: { get($0, $1) ?? nil }, set: set))
    }

    /// A stamp and dated signature: a yes/no that must be yes.
    static func entryStamp<E: CareEntry>(_ name: String, read: @escaping @Sendable (E) -> Bool,
                                         write: WritableKeyPath<E, Bool> & Sendable) -> Field {
        let (get, set) = entryAccess(read: read, write: write)
        return Field(id: entryID(E.self, name), kind: .yesNo, page: .entry(E.kind), section: .entry(E.kind),
                     required: true, mustBeYes: "stamp.missing", maxLength: 0,
                     presentation: .nowhere(noticeLabelKey: "wizard.notice.stamp"),
                     storage: .flag(get: get, set: set))
    }

    static func entryChoice<E: CareEntry>(_ name: String, _ source: ChoiceSource,
                                          get: @escaping @Sendable (E) -> String,
                                          set: @escaping @Sendable (inout E, String) -> Void,
                                          presentation: Presentation = .reviewOnly) -> Field {
        let (read, write) = entryAccess(read: get, update: set)
        return Field(id: entryID(E.self, name), kind: .choice(source), page: .entry(E.kind), section: .entry(E.kind),
                     maxLength: 0, presentation: presentation, keptInCopy: true,
                     storage: .choice(get: read, set: write))
    }
}
