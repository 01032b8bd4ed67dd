/// A field's value in words, for the review, the summary and the plain
/// mode's "current value".
extension Field {
    /// The value as a person reads it, or nil when the field is empty.
    /// `masked` shows an identifier by its last four characters only.
    public func displayValue(in dossier: Dossier, entry: Int?, words: Words, rules: Rules,
                             masked: Bool = false) -> String? {
        let value: String?
        switch storage {
        case .text(let get, _):
            let text = (get(dossier, entry) ?? "").trimmingSpaces
            if text.isEmpty { return nil }
            if case .identifier = kind { value = Identifiers.normalize(text) } else { value = text }
        case .date(let get, _):
            value = get(dossier, entry)?.dayMonthYear
        case .amount(let get, _):
            value = get(dossier, entry)?.formatted(words.language)
        case .flag(let get, _):
            value = words((get(dossier, entry) ?? false) ? "wizard.yes" : "wizard.no")
        case .choice(let get, _):
            guard let id = get(dossier, entry), case .choice(let source) = kind,
                  let option = source.options(rules).first(where: { $0.id == id }) else { return nil }
            value = words(option.labelKey)
        case .disease:
            guard let number = dossier.chronicDisease else { return nil }
            value = rules.disease(number: number).map { "\(number). " + $0.title(words.language) } ?? String(number)
        case .originals:
            return nil
        }
        guard let value else { return nil }
        return masked ? Identifiers.maskedRIB(value) : value
    }

    /// The value as the review shows it: "—" or the field's own words when
    /// empty; nil when the review does not show this field.
    public func reviewText(in dossier: Dossier, entry: Int?, words: Words, rules: Rules) -> String? {
        switch presentation.review {
        case .hidden: return nil
        case .plain, .masked:
            if let value = displayValue(in: dossier, entry: entry, words: words, rules: rules,
                                        masked: presentation.review == .masked) {
                return value
            }
            return presentation.emptyReviewKey.map { words($0) } ?? "—"
        }
    }
}
