import Foundation

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

    public let table: Table

    public init(table: Table) {
        self.table = table
    }

    /// `text("problem.cnie.format", .fr, ["value": "AB12"])`. An unknown key
    /// returns the key itself, so a gap is visible rather than a crash; the
    /// completeness test keeps that from ever shipping.
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard let entry = table[key] else { return key }
        let template = entry[language.rawValue] ?? entry["fr"] ?? key
        return L10n.fill(template, arguments, language: language)
    }

    /// Replaces each `{name}` in one pass, left to right: a typed value that
    /// itself contains `{limit}` is shown as typed, never expanded. A
    /// placeholder with no argument is left visible.
    public static func fill(_ template: String, _ arguments: [String: String], language: Language = .en) -> String {
        guard !arguments.isEmpty else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               let value = arguments[name(rest[afterOpen..<close])] {
                let inside = rest[afterOpen..<close]
                result += inside.contains("|") ? pluralForm(inside, value, language) : value
                rest = rest[rest.index(after: close)...]
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
        String(inside.prefix { $0 != "|" })
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

    /// The form for `value`'s category in `language`, `#` replaced by it.
    static func pluralForm(_ inside: Substring, _ value: String, _ language: Language) -> String {
        let forms = pluralForms(inside)
        let category = Int(value).map { PluralCategory.of($0, in: language) } ?? .other
        let form = forms[category.rawValue] ?? forms[PluralCategory.other.rawValue] ?? "#"
        return form.replacingOccurrences(of: "#", with: value)
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
    public static let shared: L10n = {
        var merged: Table = [:]
        for (path, text) in EmbeddedResources.files where path.hasPrefix("l10n/") && path.hasSuffix(".json") {
            do {
                let part = try JSONDecoder().decode(Table.self, from: Data(text.utf8))
                merged.merge(part) { first, _ in first }
            } catch {
                fatalError("Resources/\(path) does not decode: \(error)")
            }
        }
        return L10n(table: merged)
    }()
}

/// Shorthand used everywhere a person-facing string is produced.
public func tr(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
    L10n.shared.text(key, language, arguments)
}
