import DossierCore
import Foundation

/// A captured full-screen wizard read as a person reads it: the title on
/// the first line, the field in focus (its label line starts with `› `),
/// and which field of `FieldRegistry` that label is, found through the
/// translation tables. Tests name fields by identity (`student.cnie`,
/// `practitioners[0].inpe`), so a field added to a screen changes no test
/// that does not answer it.
struct WizardScreen {
    let text: String
    let lines: [String]
    let words: Words

    init(_ text: String, language: Language = .en) {
        self.text = text
        lines = text.components(separatedBy: "\n")
        words = DossierContext.builtIn(today: .today()).words(language)
    }

    /// The title, without the program's name: "Student", "Doctor 1".
    var title: String {
        let first = lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let dot = first.range(of: " · ") else { return first }
        return String(first[dot.upperBound...])
    }

    /// The index of the focused label's first line.
    var focusLine: Int? {
        lines.firstIndex { $0.drop { $0 == " " }.hasPrefix("› ") }
    }

    /// The focused label as shown, its wrapped lines joined: continuation
    /// lines keep the label's indent, unlike the widget below it (a box
    /// `[…]`, radio buttons) or a warning.
    var focusedLabel: String? {
        guard let start = focusLine else { return nil }
        var label = String(lines[start].drop { $0 == " " }.dropFirst(2))
        for line in lines.dropFirst(start + 1) {
            guard line.hasPrefix("   "), let first = line.dropFirst(3).first,
                  first != " ", first != "⚠", !Self.isWidget(line) else { break }
            label += " " + line.trimmingCharacters(in: .whitespaces)
        }
        return label
    }

    /// The line of the focused field's widget: its input box or its buttons.
    var focusedWidget: String? {
        guard let start = focusLine else { return nil }
        return lines.dropFirst(start + 1).first(where: Self.isWidget)
    }

    /// An input box or a row of radio buttons.
    static func isWidget(_ line: String) -> Bool {
        let rest = line.drop { $0 == " " }
        return rest.hasPrefix("[") || rest.hasPrefix("( ) ") || rest.hasPrefix("(x) ")
    }

    /// What the focused input box shows, trimmed; nil when the field has no box.
    var focusedText: String? {
        guard let widget = focusedWidget, let open = widget.firstIndex(of: "["),
              let close = widget.lastIndex(of: "]"), open < close else { return nil }
        return widget[widget.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    }

    /// The care kind and entry number of an entry form ("Doctor 2" → practitioners, 1).
    var entry: (kind: CareKind, index: Int)? {
        for kind in CareKind.allCases {
            if let n = Self.number(in: title, template: words("wizard.entry.\(kind.rawValue)")) { return (kind, n - 1) }
        }
        return nil
    }

    /// The field in focus and its JSON path; nil when no field has the
    /// focus (a list, the review); throws when the label is no field's.
    func focusedField() throws -> (field: Field, path: String)? {
        guard let label = focusedLabel else { return nil }
        let entry = self.entry
        let candidates = entry.map { $0.kind.fields } ?? FieldRegistry.dossierFields
        let shown = Self.comparable(label)
        // As the form says it: "(optional)" after a text that may stay empty.
        let labelled = candidates.map { field -> (field: Field, label: String) in
            let label = words(field.labelKey)
            let asked = field.marksOptional ? words("wizard.field.optional", ["label": label]) : label
            return (field, Self.comparable(asked))
        }
        // Exactly the label, else a label cut at the screen's edge.
        var matches = labelled.filter { $0.label == shown }
        if matches.isEmpty, shown.count >= 3 { matches = labelled.filter { $0.label.hasPrefix(shown) } }
        guard matches.count == 1, let field = matches.first?.field else {
            throw NSError(domain: "WizardScreen", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "the focused label \"\(label)\" is \(matches.isEmpty ? "no" : "more than one") field of the registry"
                    + " (\(matches.map(\.field.id))); screen was:\n\(text)"])
        }
        return (field, field.path(entry: entry?.index))
    }

    /// Letters and digits of the Latin, Greek and Cyrillic scripts,
    /// lowercased: what survives wrapping, the required mark, the scroll
    /// arrows and the on-screen shaping and reordering of Arabic words.
    static func comparable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            $0.value < 0x0590 && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        })).lowercased()
    }

    /// The number that stands for `{n}` when `text` is `template` filled.
    static func number(in text: String, template: String) -> Int? {
        let parts = template.components(separatedBy: "{n}")
        guard parts.count == 2, text.hasPrefix(parts[0]), text.hasSuffix(parts[1]),
              text.count > parts[0].count + parts[1].count else { return nil }
        return Int(text.dropFirst(parts[0].count).dropLast(parts[1].count))
    }
}
