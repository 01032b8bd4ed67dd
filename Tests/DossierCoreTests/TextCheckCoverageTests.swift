import Foundation
import Testing
@testable import DossierCore

/// The text checks read the registry: every text and identifier field, of
/// the dossier and of every entry, is checked for control characters, so a
/// field left out of them (the address, once) fails here by name.
@Suite("Text checks cover every text field of the registry")
struct TextCheckCoverageTests {
    /// An OSC sequence that would retitle the terminal showing the value.
    static let control = "Rue\u{1B}]0;x\u{07}"

    /// A dossier with one entry of every kind.
    static func everyKind() -> Dossier {
        var d = Fixtures.completeOrdinary()
        d.dentists = Fixtures.completeDental().dentists
        d.opticians = [Fixtures.optician]
        return d
    }

    /// Every typed-text field, with the entry index it is set in.
    static func textFields(of dossier: Dossier) -> [(field: Field, entry: Int?)] {
        let own = FieldRegistry.dossierFields.map { (field: $0, entry: Int?.none) }
        let entries = CareKind.allCases.flatMap { kind in kind.fields.map { (field: $0, entry: Int?.some(0)) } }
        return (own + entries).filter { item in
            switch item.field.kind {
            case .text, .identifier: true
            case .date, .amount, .yesNo, .choice, .disease, .checklist: false
            }
        }
    }

    /// The string at a JSON path (`student.address`, `labs[0].inpe`) of the
    /// dossier as it is written to its file.
    static func stored(at path: String, in dossier: Dossier) throws -> String? {
        var node: Any? = try JSONSerialization.jsonObject(with: DossierJSON.encoder().encode(dossier))
        for component in path.split(separator: ".") {
            var key = String(component)
            var index: Int?
            if let open = key.firstIndex(of: "["), key.hasSuffix("]") {
                index = Int(key[key.index(after: open)..<key.index(before: key.endIndex)])
                key = String(key[..<open])
            }
            node = (node as? [String: Any])?[key]
            if let index { node = (node as? [Any]).flatMap { $0.indices.contains(index) ? $0[index] : nil } }
        }
        return node as? String
    }

    @Test("the fixture has every kind and every text field")
    func fixtureCoversTheRegistry() {
        let dossier = Self.everyKind()
        #expect(Set(dossier.allEntries.map(\.kind)) == Set(CareKind.allCases))
        let paths = Set(Self.textFields(of: dossier).map { $0.field.path(entry: $0.entry) })
        // A few that must be among them, whatever else the registry holds.
        for path in ["student.fullName", "student.address", "student.rib", "practitioners[0].inpe", "dentists[0].ice",
                     "pharmacies[0].name", "labs[0].inpe"] {
            #expect(paths.contains(path), "\(path) is not a text field of the registry")
        }
        #expect(TextFieldCheck.problems(in: dossier).isEmpty)
    }

    @Test("a control character in any one text field is text.control at exactly that field's path")
    func everyTextFieldIsChecked() throws {
        let base = Self.everyKind()
        for (field, entry) in Self.textFields(of: base) {
            let path = field.path(entry: entry)
            var dossier = base
            field.commit(Self.control, into: &dossier, entry: entry)
            // The value is where the file keeps that field, so the path names the real place.
            let value = try Self.stored(at: path, in: dossier)
            #expect(value?.contains("\u{1B}") == true, "\(path): the control text is not at that path in the file")
            let found = DossierValidator.problems(in: dossier, today: Fixtures.today).filter { $0.code == "text.control" }
            #expect(found.map(\.path) == [path], "\(path): \(found.map(\.path))")
        }
    }
}
