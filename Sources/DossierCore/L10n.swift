import FoundationEssentials

/// Every word a person reads comes from the tables in `Resources/l10n/*.json`
/// (one file per area, each key with its `fr`, `ar` and `en` text side by
/// side, so a translator sees all three at once and a test can prove none is
/// missing). Placeholders are `{name}`. A counted noun spells out its plural
/// forms by CLDR category, the number written `#`:
/// `{days|one:# jour|other:# jours}`, in Arabic up to
/// `{days|zero:…|one:يوم واحد|two:يومان|few:# أيام|many:# يومًا|other:# يوم}`;
/// a missing category falls back to `other`.
public struct L10n: Sendable {
    public typealias Table = [String: [String: String]]

    /// Where the texts come from: a table given (tests), or the arrays the
    /// build made of Resources/l10n (`EmbeddedTranslations`), read where
    /// they lie, with nothing decoded at launch.
    private enum Source: Sendable {
        case given(Table)
        case embedded
    }

    private let source: Source

    public init(table: Table) {
        source = .given(table)
    }

    private init(embedded: Void) {
        source = .embedded
    }

    /// Every key with its texts by language code. Built once for the
    /// embedded tables, on first use (tests and checks read it; the
    /// program itself looks texts up one at a time).
    public var table: Table {
        switch source {
        case .given(let table): table
        case .embedded: L10n.embeddedTable
        }
    }

    private static let embeddedTable: Table = {
        var table: Table = [:]
        for (index, key) in EmbeddedTranslations.keys.enumerated() {
            var entry: [String: String] = [:]
            for language in Language.allCases {
                if let text = embeddedTexts(language)[index] { entry[language.rawValue] = text }
            }
            table[key] = entry
        }
        return table
    }()

    private static func embeddedTexts(_ language: Language) -> [String?] {
        switch language {
        case .fr: EmbeddedTranslations.fr
        case .ar: EmbeddedTranslations.ar
        case .en: EmbeddedTranslations.en
        }
    }

    /// The index of `key` in the embedded keys (sorted by their bytes, all
    /// ASCII, so Swift's order is theirs), by binary search.
    static func embeddedIndex(_ key: String) -> Int? {
        let keys = EmbeddedTranslations.keys
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }

    /// The text of `key` in `language` before its placeholders are
    /// filled: French when that language has none; nil for an unknown key.
    func template(_ key: String, _ language: Language) -> String? {
        switch source {
        case .given(let table):
            guard let entry = table[key] else { return nil }
            return entry[language.rawValue] ?? entry["fr"] ?? key
        case .embedded:
            guard let index = L10n.embeddedIndex(key) else { return nil }
            return L10n.embeddedTexts(language)[index] ?? EmbeddedTranslations.fr[index] ?? key
        }
    }

    /// Whether the tables have this key.
    public func has(_ key: String) -> Bool { template(key, .fr) != nil }

    /// `text("problem.cnie.format", .fr, ["value": "AB12"])`. An unknown key
    /// returns the key itself, so a gap is visible rather than a crash; the
    /// completeness test keeps that from ever shipping.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard let template = template(key, language) else { return key }
        return L10n.fill(template, arguments, language: language)
    }

    /// Replaces each `{name}` in one pass, left to right: a typed value that
    /// itself contains `{limit}` is shown as typed, never expanded. A
    /// placeholder with no argument is left visible.
    public static func fill(_ template: String, _ arguments: [String: String], language: Language = .en) -> String {
        guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        // The braces are found byte by byte: "{" and "}" are ASCII, so each
        // byte index is a character boundary, and no grapheme of the French
        // or Arabic around them is split to find them (every frame fills
        // the counter, the days left and the optional labels).
        let open = UInt8(ascii: "{"), closing = UInt8(ascii: "}")
        var result = ""
        var rest = template[...]
        while let brace = rest.utf8.firstIndex(of: open) {
            result += rest[..<brace]
            let afterOpen = rest.utf8.index(after: brace)
            if let close = rest.utf8[afterOpen...].firstIndex(of: closing),
               let value = arguments[name(rest[afterOpen..<close])] {
                let inside = rest[afterOpen..<close]
                result += inside.utf8.contains(UInt8(ascii: "|")) ? pluralForm(inside, value, language) : value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        result += rest
        return result
    }

    /// The argument a placeholder names: `days` in `{days}` and in
    /// `{days|one:# jour|other:# jours}`.
    static func name(_ inside: Substring) -> String {
        guard let bar = inside.utf8.firstIndex(of: UInt8(ascii: "|")) else { return String(inside) }
        return String(inside[..<bar])
    }

    /// The plural forms of one placeholder, by category (`one`, `other`…).
    public static func pluralForms(_ inside: Substring) -> [String: String] {
        var forms: [String: String] = [:]
        for part in inside.split(separator: "|", omittingEmptySubsequences: false).dropFirst() {
            guard let colon = part.firstIndex(of: ":") else { continue }
            forms[String(part[..<colon])] = String(part[part.index(after: colon)...])
        }
        return forms
    }

    /// The form for `value`'s category in `language`, `#` replaced by it;
    /// a form for the exact number (`=0:aujourd'hui`, as in ICU) comes first:
    /// "il y a 0 jour" is no way to say today.
    static func pluralForm(_ inside: Substring, _ value: String, _ language: Language) -> String {
        let forms = pluralForms(inside)
        if let exact = forms["=" + value] { return exact.replacingEvery("#", with: value) }
        let category = Int(value).map { PluralCategory.of($0, in: language) } ?? .other
        let form = forms[category.rawValue] ?? forms[PluralCategory.other.rawValue] ?? "#"
        return form.replacingEvery("#", with: value)
    }

    /// The `{name}` placeholders of a template, for checking that every
    /// language of a key asks for the same values.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = L10n.name(rest[afterOpen..<close])
            if !name.isEmpty, !name.contains("{") { names.insert(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The tables compiled into this binary.
    public static let shared = L10n(embedded: ())
}

/// Shorthand used everywhere a person-facing string is produced.
public func tr(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
    L10n.shared.text(key, language, arguments)
}
