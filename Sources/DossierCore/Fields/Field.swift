import FoundationEssentials

/// One field of a dossier, declared once: where its value lives, its JSON
/// path, its kind, its words (label, help, format), its checks, when it is
/// required, how the review and the summary show it, and how long it may
/// be. The validator, the text checks, the review, the summary, the schema
/// test and both front-ends read fields from `FieldRegistry`; none lists
/// them by hand.
///
/// A class, not a struct: a field is a declaration, never changed, and the
/// validator walks every field of every entry of every file of a register;
/// copying a struct of twenty strings and closures at each step retained
/// and released each of them.
public final class Field: Sendable {
    /// The field whatever the entry: `student.cnie`, `practitioners.inpe`.
    /// Also the tail of its translation keys.
    public let id: String
    public let kind: FieldKind
    /// Where it is asked.
    public let page: FieldPage
    /// Where it belongs on the review and in the summary.
    public let section: FieldSection
    /// Required fields may be left empty for now (the INPE may not be at
    /// hand), but are marked and make the dossier incomplete.
    public let required: Bool
    /// Worth filling in but never blocking: left empty, it is a warning
    /// with `missingCode` (the pharmacist's INPE, which the stamp usually
    /// shows but a student may not find). Never together with `required`.
    public let recommended: Bool
    /// A yes/no that must be yes for the dossier to be complete (a stamp),
    /// with the code of the problem when it is not.
    public let mustBeYes: String?
    /// The longest text accepted, in characters.
    public let maxLength: Int
    /// The longest text accepted, in UTF-8 bytes: a character may carry any
    /// number of combining marks, so a limit in characters alone let a
    /// paste of marks make a 1 MB name that `check` could not read back.
    public var maxBytes: Int { maxLength * Field.bytesPerCharacter }
    /// Room for an Arabic letter with its vowel marks, an accented capital
    /// or an emoji sequence, many times over; not for a stack of marks.
    public static let bytesPerCharacter = 16
    public let presentation: Presentation
    /// A line said with the field, whatever its value (what a missing RIB means).
    public let noteKey: String?
    /// The JSON key in `Student.more` of a field declared in the registry alone.
    public let moreKey: String?
    /// The field it is asked after, when its page is another section's
    /// (the birth date, asked with the conditions of coverage, before the
    /// exception to the age limit).
    public let askedAfter: String?
    /// Kept when an entry starts as a copy of the one above (the monthly
    /// purchase at the same pharmacy): who gave the care (name, INPE, ICE,
    /// specialty, kind of exam). When, how much and the stamp are typed
    /// for each entry: a copied date or stamp answer would pass unread.
    public let keptInCopy: Bool
    /// The code of "not filled in" when the kind's own would say the
    /// wrong thing (the dentist's ICE is not the optician's).
    let ownMissingCode: String?
    let appliesTo: @Sendable (Dossier) -> Bool
    let storage: FieldStorage
    /// Rules that read other fields (an end date before the first act).
    let extraChecks: @Sendable (Dossier, String, Rules, CalendarDate) -> [Problem]

    init(id: String, kind: FieldKind, page: FieldPage, section: FieldSection, required: Bool = false,
         recommended: Bool = false, missingCode: String? = nil,
         mustBeYes: String? = nil, maxLength: Int, presentation: Presentation = .everywhere, noteKey: String? = nil,
         moreKey: String? = nil, askedAfter: String? = nil, keptInCopy: Bool = false,
         appliesTo: @escaping @Sendable (Dossier) -> Bool = { _ in true }, storage: FieldStorage,
         extraChecks: @escaping @Sendable (Dossier, String, Rules, CalendarDate) -> [Problem] = { _, _, _, _ in [] }) {
        self.id = id
        name = String(id.split(separator: ".").last ?? Substring(id))
        self.kind = kind
        self.page = page
        self.section = section
        self.required = required
        self.recommended = recommended
        self.ownMissingCode = missingCode
        self.mustBeYes = mustBeYes
        self.maxLength = maxLength
        self.presentation = presentation
        self.noteKey = noteKey
        self.moreKey = moreKey
        self.askedAfter = askedAfter
        self.keptInCopy = keptInCopy
        self.appliesTo = appliesTo
        self.storage = storage
        self.extraChecks = extraChecks
    }

    /// Asked as "(optional)": a typed field that may stay empty without a
    /// word (a recommended one is warned about, so it is not optional).
    public var marksOptional: Bool { !required && !recommended && kind.isTyped }

    public var labelKey: String { "wizard.field.\(id)" }
    public var helpKey: String { "wizard.help.\(id)" }
    public var summaryLabelKey: String { presentation.summaryLabelKey ?? labelKey }
    public var noticeLabelKey: String { presentation.noticeLabelKey ?? labelKey }

    /// The care kind whose entries hold this field, if any.
    public var careKind: CareKind? {
        if case .entry(let kind) = section { return kind }
        return nil
    }

    /// The key inside its object: `inpe` of `practitioners.inpe`.
    /// The last part of `id`, kept rather than split again for each path
    /// made (every field of every entry of every file of a register).
    public let name: String

    /// The JSON path of the value: `student.cnie`, `practitioners[2].inpe`.
    public func path(entry: Int?) -> String {
        guard let kind = careKind else { return id }
        return "\(kind.rawValue)[\(entry ?? 0)].\(name)"
    }

    /// Whether the field is part of this dossier at all (the end date only
    /// for a continuous treatment, the disease only on the chronic sheet).
    public func applies(to dossier: Dossier) -> Bool { appliesTo(dossier) }

    // MARK: - Values

    /// The value as text, for a typed field: what its input shows before
    /// anything is typed in it (a resumed draft, an entry edited again).
    public func text(in dossier: Dossier, entry: Int?) -> String {
        switch storage {
        case .text(let get, _): get(dossier, entry) ?? ""
        case .date(let get, _): get(dossier, entry)?.dayMonthYear ?? ""
        case .amount(let get, _): get(dossier, entry)?.plain ?? ""
        case .flag, .choice, .disease, .originals: ""
        }
    }

    /// Writes what a typed text means into the dossier: the value when it
    /// reads as one, nothing (nil or empty) otherwise. The text itself is
    /// the front-end's to keep, so nothing typed is lost either way.
    public func commit(_ text: String, into dossier: inout Dossier, entry: Int?) {
        let trimmed = text.trimmingSpaces
        switch storage {
        case .text(_, let set):
            if case .identifier = kind { set(&dossier, entry, Identifiers.normalize(trimmed)) } else { set(&dossier, entry, trimmed) }
        case .date(_, let set):
            if case .success(let date) = TypedValue.date(trimmed, path: id) { set(&dossier, entry, date) } else { set(&dossier, entry, nil) }
        case .amount(_, let set):
            if case .success(let money) = TypedValue.amount(trimmed, path: id) { set(&dossier, entry, money) } else { set(&dossier, entry, nil) }
        case .flag, .choice, .disease, .originals:
            break
        }
    }

    public func flag(in dossier: Dossier, entry: Int?) -> Bool {
        if case .flag(let get, _) = storage { return get(dossier, entry) ?? false }
        return false
    }

    public func setFlag(_ value: Bool, in dossier: inout Dossier, entry: Int?) {
        if case .flag(_, let set) = storage { set(&dossier, entry, value) }
    }

    /// The chosen option's id, or the disease's number, as text.
    public func choice(in dossier: Dossier, entry: Int?) -> String? {
        switch storage {
        case .choice(let get, _): get(dossier, entry)
        case .disease: dossier.chronicDisease.map(String.init)
        case .text, .date, .amount, .flag, .originals: nil
        }
    }

    public func setChoice(_ id: String, in dossier: inout Dossier, entry: Int?) {
        switch storage {
        case .choice(_, let set): set(&dossier, entry, id)
        case .disease: dossier.chronicDisease = Int(id)
        case .text, .date, .amount, .flag, .originals: break
        }
    }

    /// Gives entry `target` this field's value in entry `source`.
    public func copyValue(in dossier: inout Dossier, from source: Int, to target: Int) {
        switch storage {
        case .text(let get, let set): set(&dossier, target, get(dossier, source) ?? "")
        case .date(let get, let set): set(&dossier, target, get(dossier, source))
        case .amount(let get, let set): set(&dossier, target, get(dossier, source))
        case .flag(let get, let set): set(&dossier, target, get(dossier, source) ?? false)
        case .choice(let get, let set): if let id = get(dossier, source) { set(&dossier, target, id) }
        case .disease, .originals: break
        }
    }

    /// The stored text of a text or identifier field (for the text checks).
    public func storedText(in dossier: Dossier, entry: Int?) -> String? {
        if case .text(let get, _) = storage { return get(dossier, entry) }
        return nil
    }

    public func isEmpty(in dossier: Dossier, entry: Int?) -> Bool {
        switch storage {
        case .text(let get, _): (get(dossier, entry) ?? "").trimmingSpaces.isEmpty
        case .date(let get, _): get(dossier, entry) == nil
        case .amount(let get, _): get(dossier, entry) == nil
        case .flag: false
        case .choice(let get, _): get(dossier, entry) == nil
        case .disease: dossier.chronicDisease == nil
        case .originals: false
        }
    }

    // MARK: - Checks

    /// Why the field's value keeps the dossier from being complete, as the
    /// rules in force say; empty when it stands (or the field does not
    /// apply to this dossier). Text checks (control characters) are
    /// `TextFieldCheck`'s.
    public func problems(in dossier: Dossier, entry: Int?, rules: Rules, today: CalendarDate) -> [Problem] {
        guard applies(to: dossier) else { return [] }
        let path = path(entry: entry)
        var result: [Problem] = []
        switch storage {
        case .text(let get, _):
            let value = get(dossier, entry) ?? ""
            if value.trimmingSpaces.isEmpty {
                if required { result.append(Problem(code: missingCode, path: path)) }
                if recommended { result.append(Problem(code: missingCode, path: path, severity: .warning)) }
            } else if case .identifier(let identifier) = kind, let problem = identifier.check(value, path: path) {
                result.append(problem)
            }
        case .date(let get, _):
            if let date = get(dossier, entry) {
                result += dateProblems(date, path: path, dossier: dossier, today: today)
            } else if required {
                result.append(Problem(code: "date.missing", path: path))
            }
        case .amount(let get, _):
            if let amount = get(dossier, entry) {
                if amount.centimes < 0 { result.append(Problem(code: "amount.negative", path: path)) }
                if amount > Money.maximum {
                    result.append(Problem(code: "amount.tooLarge", path: path,
                                          arguments: ["maximum": String(Money.maximum.centimes / 100)]))
                }
            } else if required {
                result.append(Problem(code: "amount.missing", path: path))
            }
        case .flag(let get, _):
            if let code = mustBeYes, !(get(dossier, entry) ?? false) { result.append(Problem(code: code, path: path)) }
        case .choice:
            break
        case .disease:
            if let number = dossier.chronicDisease {
                if rules.disease(number: number) == nil {
                    result.append(Problem(code: "chronicDisease.unknown", path: path,
                                          arguments: ["value": String(number), "max": String(rules.chronicDiseases.count)]))
                }
            } else if required {
                result.append(Problem(code: "chronicDisease.missing", path: path))
            }
        case .originals:
            break
        }
        return result + extraChecks(dossier, path, rules, today)
    }

    /// The code of "not filled in" for this field.
    public var missingCode: String {
        if let ownMissingCode { return ownMissingCode }
        return switch kind {
        case .identifier(let identifier): identifier.missingCode
        case .date: "date.missing"
        case .amount: "amount.missing"
        case .disease: "chronicDisease.missing"
        case .text, .yesNo, .choice, .checklist: "field.missing"
        }
    }

    func dateProblems(_ date: CalendarDate, path: String, dossier: Dossier, today: CalendarDate) -> [Problem] {
        guard case .date(let rules) = kind else { return [] }
        var result: [Problem] = []
        if rules.contains(.notFuture), date > today {
            result.append(Problem(code: "date.future", path: path,
                                  arguments: ["date": date.dayMonthYear, "today": today.dayMonthYear]))
        }
        if rules.contains(.notBeforeBirth), let birth = dossier.student.birthDate, date < birth {
            result.append(Problem(code: "date.beforeBirth", path: path,
                                  arguments: ["date": date.dayMonthYear, "birth": birth.dayMonthYear]))
        }
        if rules.contains(.notBeforeFirstAct), let first = dossier.treatment.firstActDate, date < first {
            result.append(Problem(code: "date.beforeFirstAct", path: path,
                                  arguments: ["date": date.dayMonthYear, "firstAct": first.dayMonthYear]))
        }
        // Care after the end of a continuous treatment is not part of it:
        // the days would run from the wrong day. Often a mistyped date, or
        // an end typed too early, so worth a look but not a refusal.
        if rules.contains(.notAfterTreatmentEnd), dossier.treatment.continuous,
           let end = dossier.treatment.endDate, date > end {
            result.append(Problem(code: "date.afterTreatmentEnd", path: path,
                                  arguments: ["date": date.dayMonthYear, "end": end.dayMonthYear], severity: .warning))
        }
        return result
    }

    /// Why a typed text cannot stand in this field, or nil: reading it (a
    /// date, an amount) first, then every rule of the field on the dossier
    /// as it would be with that text, then the text checks. A problem that
    /// only says "not filled in" comes back too; the caller decides whether
    /// it blocks. The message quotes what was typed.
    public func problem(typing text: String, in dossier: Dossier, entry: Int?, rules: Rules,
                        today: CalendarDate) -> Problem? {
        guard kind.isTyped else { return nil }
        let path = path(entry: entry)
        let trimmed = text.trimmingSpaces
        if !trimmed.isEmpty {
            switch kind {
            case .date:
                if case .failure(let p) = TypedValue.date(trimmed, path: path) { return p }
            case .amount:
                if case .failure(let p) = TypedValue.amount(trimmed, path: path) { return p }
            case .text, .identifier, .yesNo, .choice, .disease, .checklist:
                break
            }
        }
        var candidate = dossier
        commit(text, into: &candidate, entry: entry)
        let found = problems(in: candidate, entry: entry, rules: rules, today: today).errorsFirst.first
            ?? TextFieldCheck.problem(storedText(in: candidate, entry: entry), path: path)
        return found?.quoting(typed: text)
    }
}

/// Where a field's value lives in the dossier, as functions of the dossier
/// and the entry index (nil for the dossier's own fields).
enum FieldStorage: Sendable {
    case text(get: @Sendable (Dossier, Int?) -> String?, set: @Sendable (inout Dossier, Int?, String) -> Void)
    case date(get: @Sendable (Dossier, Int?) -> CalendarDate?, set: @Sendable (inout Dossier, Int?, CalendarDate?) -> Void)
    case amount(get: @Sendable (Dossier, Int?) -> Money?, set: @Sendable (inout Dossier, Int?, Money?) -> Void)
    case flag(get: @Sendable (Dossier, Int?) -> Bool?, set: @Sendable (inout Dossier, Int?, Bool) -> Void)
    case choice(get: @Sendable (Dossier, Int?) -> String?, set: @Sendable (inout Dossier, Int?, String) -> Void)
    case disease
    case originals
}
