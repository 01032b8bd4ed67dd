import DossierCore

/// Moves values between a field's typed text and the dossier, and judges a
/// typed value with the rules of `DossierCore` (never rules of its own).
public enum FieldValues {
    /// The text a field shows before anything was typed in it: the value
    /// already in the dossier (a resumed draft, an entry being edited again).
    public static func initialText(_ spec: FieldSpec, dossier: Dossier) -> String {
        switch spec.binding {
        case .text(let kp): dossier[keyPath: kp]
        case .optionalText(let kp): dossier[keyPath: kp] ?? ""
        case .date(let kp): dossier[keyPath: kp]?.dayMonthYear ?? ""
        case .amount(let kp): dossier[keyPath: kp]?.plain ?? ""
        default: ""
        }
    }

    public static func text(_ spec: FieldSpec, in state: WizardState) -> String {
        state.texts[spec.path] ?? initialText(spec, dossier: state.dossier)
    }

    /// Writes what the text means into the dossier: the value when it reads
    /// as one, nothing (nil or empty) otherwise. The text itself stays in
    /// the state, so nothing typed is lost either way.
    public static func commit(_ spec: FieldSpec, text: String, into dossier: inout Dossier) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch spec.binding {
        case .text(let kp):
            dossier[keyPath: kp] = normalized(spec, trimmed)
        case .optionalText(let kp):
            let value = normalized(spec, trimmed)
            dossier[keyPath: kp] = value.isEmpty ? nil : value
        case .date(let kp):
            if case .success(let date) = TypedValue.date(trimmed, path: spec.path) {
                dossier[keyPath: kp] = date
            } else {
                dossier[keyPath: kp] = nil
            }
        case .amount(let kp):
            if case .success(let money) = TypedValue.amount(trimmed, path: spec.path) {
                dossier[keyPath: kp] = money
            } else {
                dossier[keyPath: kp] = nil
            }
        default:
            break
        }
    }

    static func normalized(_ spec: FieldSpec, _ text: String) -> String {
        if case .identifier = spec.kind { return Identifiers.normalize(text) }
        return text
    }

    /// Why the value of a field cannot stand, or nil. Reading the text
    /// (a date, an amount) is `TypedValue`'s; every other rule is asked of
    /// `DossierValidator` for this field's path, so the wizard, `check` and
    /// the plain mode always agree. Eligibility is judged on its own screen,
    /// not as an error of the birth date.
    public static func problem(_ spec: FieldSpec, text: String, dossier: Dossier,
                               today: CalendarDate) -> Problem? {
        guard spec.kind.isTyped else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty {
            switch spec.kind {
            case .date:
                if case .failure(let p) = TypedValue.date(trimmed, path: spec.path) { return p }
            case .amount:
                if case .failure(let p) = TypedValue.amount(trimmed, path: spec.path) { return p }
            default:
                break
            }
        }
        var candidate = dossier
        commit(spec, text: text, into: &candidate)
        // The check reads the normalised form (`ab 12` is `AB12`); the
        // message quotes what the student typed, as the plain mode does.
        return DossierValidator.problems(in: candidate, today: today).first {
            $0.path == spec.path && !$0.code.hasPrefix("eligibility.")
        }?.quoting(typed: text)
    }

    /// A problem that only says "not filled in yet": it never blocks.
    public static func isMissing(_ problem: Problem) -> Bool {
        problem.code.hasSuffix(".missing")
    }
}
