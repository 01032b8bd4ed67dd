import Foundation
import Testing
@testable import DossierCore

/// The registry is the one list of fields: these tests walk it, so that a
/// field added there and forgotten in the schema, the translations or the
/// summary fails here, whichever field it is. (The review is the wizard's
/// and is tested with it.)
@Suite("Field registry: every field is in the schema, the translations and the summary")
struct RegistryTests {
    let words = L10n.shared
    let today = Fixtures.date("2026-02-10")

    // MARK: Schema

    /// The schema node a field's id names: the dotted path through
    /// `properties`, an array's `items` and `$ref` definitions.
    static func schemaNode(_ id: String, in schema: [String: Any]) -> [String: Any]? {
        func resolve(_ node: [String: Any]) -> [String: Any] {
            guard let ref = node["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return node }
            let defs = schema["$defs"] as? [String: Any]
            return defs?[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
        }
        var node = schema
        for component in id.split(separator: ".").map(String.init) {
            let properties = resolve(node)["properties"] as? [String: Any]
            guard var child = properties?[component] as? [String: Any] else { return nil }
            if child["type"] as? String == "array", let items = child["items"] as? [String: Any] { child = items }
            node = child
        }
        return resolve(node)
    }

    @Test("every field of the registry is declared in Resources/dossier.schema.json")
    func everyFieldInSchema() throws {
        let data = try Data(contentsOf: RepositoryRoot.url().appendingPathComponent("Resources/dossier.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(FieldRegistry.all.count >= 39, "the registry lost fields")
        for field in FieldRegistry.all {
            #expect(Self.schemaNode(field.id, in: schema) != nil, "\(field.id) is not in the schema")
        }
        // The walk itself finds nothing that is not there.
        #expect(Self.schemaNode("student.nickname", in: schema) == nil)
        #expect(Self.schemaNode("practitioners.nickname", in: schema) == nil)
        #expect(Self.schemaNode("labs.inpe", in: schema)?["type"] as? String == "string")
    }

    // MARK: Translations

    /// Every translation key a field names: its label and help, its
    /// format, its note, what is said when it is empty, its summary label
    /// where the summary shows it, and the words of its options.
    static func keys(of field: Field) -> [String] {
        var keys = [field.labelKey, field.helpKey]
        if let format = field.kind.formatKey { keys.append(format) }
        if let note = field.noteKey { keys.append(note) }
        if let empty = field.presentation.emptyReviewKey { keys.append(empty) }
        if let empty = field.presentation.emptySummaryKey { keys.append(empty) }
        if field.presentation.summary != .hidden, field.careKind == nil { keys.append(field.summaryLabelKey) }
        switch field.kind {
        case .choice(let source):
            for option in source.options(ReferenceData.shared) {
                keys.append(option.labelKey)
                if let explanation = option.explanationKey { keys.append(explanation) }
            }
        case .text, .identifier, .date, .amount, .yesNo, .disease, .checklist:
            break
        }
        return keys
    }

    @Test("every key a field names has its text in every language")
    func everyFieldTranslated() {
        for field in FieldRegistry.all {
            for key in Self.keys(of: field) {
                for language in Language.allCases {
                    let text = words.table[key]?[language.rawValue] ?? ""
                    #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(field.id): \(key) has no \(language) text")
                }
            }
        }
    }

    // MARK: Values

    /// Each field reads through a function and writes through a key path
    /// (`FieldBuilders`): the two must name the same value. A field given
    /// a new value shows that value, and no other field shows a change.
    @Test("every field reads back what it writes, and no other field changes")
    func readsWhatItWrites() {
        let base = Self.distinct()
        let places = FieldRegistry.dossierFields.map { ($0, Int?.none) }
            + base.allEntries.map { entry in entry.kind.fields.map { ($0, Int?.some(entry.index)) } }.joined()
        func seen(_ dossier: Dossier) -> [String] {
            places.map { field, entry in
                "\(field.text(in: dossier, entry: entry))|\(field.flag(in: dossier, entry: entry))|"
                    + (field.choice(in: dossier, entry: entry) ?? "-")
            }
        }
        let before = seen(base)
        var changed = 0
        for (place, (field, entry)) in places.enumerated() {
            var dossier = base
            switch field.kind {
            case .text:
                field.commit("Autre valeur", into: &dossier, entry: entry)
                #expect(field.text(in: dossier, entry: entry) == "Autre valeur", "\(field.id)")
            case .identifier:
                field.commit("ZX 907", into: &dossier, entry: entry)
                #expect(field.text(in: dossier, entry: entry) == Identifiers.normalize("ZX 907"), "\(field.id)")
            case .date:
                field.commit("03/03/2003", into: &dossier, entry: entry)
                #expect(field.text(in: dossier, entry: entry) == "03/03/2003", "\(field.id)")
            case .amount:
                field.commit("12.34", into: &dossier, entry: entry)
                #expect(field.text(in: dossier, entry: entry) == Fixtures.money("12.34").plain, "\(field.id)")
            case .yesNo:
                let was = field.flag(in: dossier, entry: entry)
                field.setFlag(!was, in: &dossier, entry: entry)
                #expect(field.flag(in: dossier, entry: entry) == !was, "\(field.id)")
            case .choice, .disease, .checklist:
                continue
            }
            var after = seen(dossier)
            #expect(after[place] != before[place], "\(field.path(entry: entry)) shows no change")
            after[place] = before[place]
            #expect(after == before, "writing \(field.path(entry: entry)) changed another field")
            changed += 1
        }
        #expect(changed > 30, "every typed field and yes/no was tried")
    }

    // MARK: Summary

    /// A dossier with a value in every field, each value told apart from
    /// every other: a chronic sheet, a continuous treatment, one entry of
    /// every kind (both kinds of lab), written out by hand. A free-text
    /// field the hand-written values do not know (one just added to the
    /// registry) gets a text of its own, so adding it needs no edit here.
    static func distinct() -> Dossier {
        var dossier = handWritten()
        let fields = FieldRegistry.dossierFields.map { ($0, Int?.none) }
            + dossier.allEntries.flatMap { entry in entry.kind.fields.map { ($0, Int?.some(entry.index)) } }
        for (field, entry) in fields where field.applies(to: dossier) && field.isEmpty(in: dossier, entry: entry) {
            switch field.kind {
            case .text: field.commit("Texte \(field.path(entry: entry))", into: &dossier, entry: entry)
            case .identifier, .date, .amount, .yesNo, .choice, .disease, .checklist: break
            }
        }
        return dossier
    }

    static func handWritten() -> Dossier {
        let day = Fixtures.date, dh = Fixtures.money
        return Dossier(
            sheet: .chronic, chronicDisease: 14, chronicExemptionNumber: "ALD-2025-771904",
            student: Student(fullName: "Nadia Ouazzani", cnie: "BK765432", massar: "S987654321",
                             birthDate: day("2001-09-23"), address: "7, derb Sidi Bouloukat, Marrakech",
                             institution: "Université Cadi Ayyad", email: "nadia@example.ma",
                             phone: "0677123456", rib: Fixtures.validRIB),
            eligibility: EligibilityAnswers(enrolled: true, otherCoverage: false, traditionalEducationFinalStage: false),
            treatment: Treatment(firstActDate: day("2026-01-05"), continuous: true, endDate: day("2026-01-28")),
            practitioners: [Practitioner(name: "Dr Youssef Alami", specialty: "Pneumologie", inpe: "310245",
                                         date: day("2026-01-06"), fee: dh("175.50"), stampedAndSigned: true)],
            pharmacies: [PharmacyPurchase(name: "Pharmacie Atlas", inpe: "750841", date: day("2026-01-07"),
                                          total: dh("96.20"), stampedAndSigned: true)],
            labs: [LabExam(kind: .biology, name: "Laboratoire Menara", inpe: "420517", date: day("2026-01-08"),
                           amount: dh("233.10")),
                   LabExam(kind: .imaging, name: "Centre Imagerie Gueliz", inpe: "530628", date: day("2026-01-09"),
                           amount: dh("412"))],
            opticians: [Optician(name: "Optique Majorelle", inpe: "860952", ice: "119753085341931",
                                 date: day("2026-01-10"), amount: dh("644.70"), stampedAndSigned: true)],
            dentists: [DentalCare(name: "Dr Leila Bennani", inpe: "640739", ice: Fixtures.validICE,
                                  date: day("2026-01-11"), amount: dh("318.40"), stampedAndSigned: true)],
            originals: Originals(prescription: true, medicineSerialNumbers: true, doctorInvoice: true, labInvoice: true,
                                 imagingInvoice: true, labResults: true, imagingReport: true, opticianInvoice: true,
                                 dentalChartAndXrays: true))
    }

    /// What the summary must show of a field's value, taken from the value
    /// itself rather than from the display code under test; nil for a kind
    /// with nothing of its own to show (a checklist).
    func expected(_ field: Field, in dossier: Dossier, entry: Int?, language: Language, rules: Rules) -> String? {
        switch field.kind {
        case .text, .identifier:
            return field.storedText(in: dossier, entry: entry)
        case .date:
            return field.text(in: dossier, entry: entry)
        case .amount:
            return (try? Money.parse(field.text(in: dossier, entry: entry)).get())?.formatted(language)
        case .disease:
            return dossier.chronicDisease.flatMap { rules.disease(number: $0)?.fr }
        case .yesNo:
            return words.text(field.flag(in: dossier, entry: entry) ? "wizard.yes" : "wizard.no", language)
        case .choice(let source):
            let id = field.choice(in: dossier, entry: entry)
            return source.options(rules).first { $0.id == id }.map { words.text($0.labelKey, language) }
        case .checklist:
            return nil
        }
    }

    /// The lines between one section's heading and the next one's.
    func section(_ key: String, of lines: [String], language: Language, context: DossierContext) -> [String] {
        let heading = context.words(language)(key)
        // An Arabic summary line opens with a right-to-left mark.
        guard let start = lines.firstIndex(where: { $0 == heading || $0 == "\u{200F}" + heading }) else { return [] }
        let body = lines[(start + 2)...]
        return Array(body.prefix { !$0.isEmpty })
    }

    @Test("the fixture gives every field a value of its own", arguments: Language.allCases)
    func fixtureIsDistinct(language: Language) {
        let dossier = Self.distinct()
        let rules = ReferenceData.shared
        var values: [String: String] = [:]
        func record(_ field: Field, entry: Int?) {
            guard field.presentation.summary != .hidden, field.applies(to: dossier) else { return }
            let path = field.path(entry: entry)
            guard let value = expected(field, in: dossier, entry: entry, language: language, rules: rules),
                  !value.isEmpty else {
                Issue.record("\(path) has no value in the fixture"); return
            }
            if let other = values.first(where: { $0.value.contains(value) || value.contains($0.value) }) {
                Issue.record("\(path) and \(other.key) show the same \(value)")
            }
            values[path] = value
        }
        for field in FieldRegistry.dossierFields { record(field, entry: nil) }
        for (kind, index, _) in dossier.allEntries {
            for field in kind.fields { record(field, entry: index) }
        }
        #expect(Set(dossier.allEntries.map(\.kind)) == Set(CareKind.allCases), "one entry of every kind")
    }

    @Test("every field the summary shows is in it, masked ones only masked; a hidden one is not",
          arguments: Language.allCases)
    func summaryShowsEveryField(language: Language) {
        let dossier = Self.distinct()
        let context = builtIn(today)
        let rules = context.careRules(for: dossier)
        let text = SummaryReading.unfolded(EnvelopeSummary.text(for: dossier, language: language, context: context))
        let lines = text.components(separatedBy: "\n")
        let w = context.words(language, for: dossier)

        for field in FieldRegistry.dossierFields where field.applies(to: dossier) {
            let prefix = w("summary.field", ["label": w(field.summaryLabelKey), "value": ""])
            // An Arabic summary line opens with a right-to-left mark.
            let line = lines.first { $0.hasPrefix(prefix) || $0.hasPrefix("\u{200F}" + prefix) }
            let value = expected(field, in: dossier, entry: nil, language: language, rules: rules)
            switch field.presentation.summary {
            case .plain:
                guard let value else { continue }
                #expect(line?.contains(value) == true, "\(language): \(field.id) is not shown as \(value)")
            case .masked:
                guard let value else { continue }
                #expect(line?.hasSuffix(String(value.suffix(4))) == true, "\(language): \(field.id) has no masked line")
                #expect(!text.contains(value), "\(language): \(field.id) shown unmasked")
                #expect(!text.contains(String(value.prefix(value.count - 4))), "\(language): \(field.id) partly unmasked")
            case .hidden:
                #expect(line == nil, "\(language): hidden \(field.id) has a line: \(line ?? "")")
                switch field.kind {
                case .text, .identifier:
                    if let value { #expect(!text.contains(value), "\(language): hidden \(field.id) shows \(value)") }
                case .date, .amount, .yesNo, .choice, .disease, .checklist:
                    // Its words may stand elsewhere (a date in the deadline): only its own line is checked.
                    break
                }
            }
        }

        let care = section("summary.section.care", of: lines, language: language, context: context)
            .map { $0.replacingOccurrences(of: "\u{200F}", with: "") }.filter { $0.hasPrefix("- ") }
        #expect(care.count == dossier.careEntryCount, "\(language): one line per entry")
        for (number, (kind, index, _)) in dossier.allEntries.enumerated() where number < care.count {
            let line = care[number]
            for field in kind.fields {
                guard let value = expected(field, in: dossier, entry: index, language: language, rules: rules) else { continue }
                let path = field.path(entry: index)
                switch field.presentation.summary {
                case .plain:
                    #expect(line.contains(value), "\(language): \(path) is not on its line: \(line)")
                case .masked:
                    #expect(line.contains(String(value.suffix(4))) && !line.contains(value),
                            "\(language): \(path) not masked: \(line)")
                case .hidden:
                    switch field.kind {
                    case .text, .identifier:
                        #expect(!line.contains(value), "\(language): hidden \(path) shows \(value)")
                    case .date, .amount, .yesNo, .choice, .disease, .checklist:
                        break
                    }
                }
            }
        }
    }

    @Test("every field the summary shows has its {name} in each of its kind's line templates, in every language")
    func summaryTemplatesHoldEveryField() {
        for kind in CareKind.allCases {
            let shown = kind.fields.filter { $0.presentation.summary != .hidden }.map(\.name)
            #expect(!shown.isEmpty, "\(kind) shows nothing")
            for key in kind.entryType.summaryKeys {
                for language in Language.allCases {
                    let template = words.table[key]?[language.rawValue]
                    guard let template else { Issue.record("\(key) has no \(language) text"); continue }
                    let placeholders = L10n.placeholders(in: template)
                    for name in shown {
                        #expect(placeholders.contains(name), "\(key) \(language) lacks {\(name)}")
                    }
                    #expect(placeholders.isSubset(of: Set(shown)), "\(key) \(language) asks for a field not shown: \(placeholders.sorted())")
                }
            }
        }
    }
}
