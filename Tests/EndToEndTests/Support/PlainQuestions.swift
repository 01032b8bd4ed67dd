import DossierCore
import Foundation

/// Which question a plain-mode prompt asks, read from the prompt itself
/// through the translation tables: a field's JSON path (`student.cnie`,
/// `practitioners[0].inpe`), `entries.<kind>`, `originals.<document>`,
/// `review`, `resume` or `confirm`: the names `PlainConsole.readLine(answering:)`
/// gives. A script of answers by question then survives a new field, which
/// it answers with Enter.
struct PlainQuestions {
    let words: Words
    /// Each question with the patterns of its prompt; a field's with its
    /// care kind, resolved to a path with the entry being asked.
    private var questions: [(id: String, field: Field?, patterns: [NSRegularExpression])] = []
    private let entryPatterns: [(kind: CareKind, pattern: NSRegularExpression)]

    init(language: Language) {
        words = DossierContext.builtIn(today: .today()).words(language)
        let words = self.words
        // A prompt is "question: " or "question [current]: ", the question
        // a label alone or "label (format)": four shapes, each with the
        // label's place kept as `{label}`.
        let shapes = [words.table.text("plain.prompt.empty", language, [:]),
                      words.table.text("plain.prompt.current", language, [:])].flatMap { prompt in
            ["{label}", words.table.text("plain.question.format", language, [:])].map {
                L10n.fill(prompt, ["question": $0])
            }
        }
        func patterns(_ question: String) -> [NSRegularExpression] {
            shapes.map { Self.pattern(L10n.fill($0, ["label": question])) }
        }
        for field in FieldRegistry.all {
            let label = words(field.labelKey)
            let asked = field.marksOptional ? words("wizard.field.optional", ["label": label]) : label
            questions.append((field.id, field, patterns(asked)))
        }
        for kind in CareKind.allCases {
            questions.append(("entries.\(kind.rawValue)", nil,
                              patterns(words("plain.entries.add.\(kind.rawValue)"))
                                + patterns(words("plain.entries.addAnother.\(kind.rawValue)"))))
        }
        for document in Originals.Document.allCases {
            let text = words("wizard.original.\(document.rawValue)")
            questions.append(("originals.\(document.rawValue)", nil,
                              patterns(words("plain.original.question", ["document": text]))))
        }
        questions.append(("review", nil, patterns(words("plain.review.save"))
                            + patterns(words("wizard.saveIncomplete.question"))))
        questions.append(("resume", nil, patterns(words("plain.resume.question"))))
        // After saving: what happened next (Enter alone leaves it for later).
        questions.append(("done", nil, ["mailedOn", "tracking", "reimbursedOn", "amount", "returnedOn", "reason"]
                            .flatMap { patterns(words("wizard.followUp." + $0)) }
                            + patterns(words("plain.followUp.choice"))))
        questions.append(("confirm", nil, patterns(words("plain.choice.confirm"))))
        entryPatterns = CareKind.allCases.map { kind in
            let template = words("wizard.entry.\(kind.rawValue)")
            let escaped = NSRegularExpression.escapedPattern(for: template)
                .replacingOccurrences(of: "\\{n\\}", with: "([0-9]+)")
            return (kind, try! NSRegularExpression(pattern: "^" + escaped + "$"))
        }
    }

    /// The question `prompt` asks, the entry being `entry`; nil when it is
    /// none this table knows. Two fields with the same label ("Amount") are
    /// told apart by the entry's kind.
    func identify(_ prompt: String, entry: (kind: CareKind, index: Int)?) -> String? {
        let matching = questions.filter { question in
            question.patterns.contains { Self.matches($0, prompt) }
        }
        let chosen = matching.count > 1 ? matching.filter { $0.field?.careKind == entry?.kind } : matching
        guard chosen.count == 1, let question = chosen.first else { return nil }
        guard let field = question.field else { return question.id }
        if field.careKind != nil { return field.path(entry: entry?.index) }
        return field.id
    }

    /// "Doctor 2", said when an entry's questions begin: its kind and index.
    func entry(announcedBy line: String) -> (kind: CareKind, index: Int)? {
        for (kind, pattern) in entryPatterns {
            let range = NSRange(line.startIndex..., in: line)
            if let match = pattern.firstMatch(in: line, range: range),
               let number = Range(match.range(at: 1), in: line).flatMap({ Int(line[$0]) }) {
                return (kind, number - 1)
            }
        }
        return nil
    }

    /// The kind of an `entries.<kind>` question.
    static func kind(ofList question: String) -> CareKind? {
        guard question.hasPrefix("entries.") else { return nil }
        return CareKind(rawValue: String(question.dropFirst("entries.".count)))
    }

    /// A whole-prompt pattern: the template's text literally, each `{name}`
    /// left in it any text.
    private static func pattern(_ template: String) -> NSRegularExpression {
        var pattern = "^"
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "(.*)"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    }

    private static func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
        pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
