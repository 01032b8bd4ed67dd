import Foundation
import Testing
@testable import DossierCore

/// One term per thing (issue 13): docs/glossary.md lists each thing's term
/// and the words it replaces; no translation, help, summary or CLI text,
/// and no disease name, may use a replaced word, and the Arabic texts that
/// name the INPE call it as the glossary does.
@Suite struct GlossaryTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Rows of the glossary table: the cells of each line between pipes.
    static func rows() throws -> [[String]] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/glossary.md"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| thing") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    @Test func noTextUsesAWordTheGlossaryReplaces() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 5)
        let banned = rows.flatMap { row in
            (row.last ?? "").components(separatedBy: " · ").filter { $0 != "—" && !$0.isEmpty }
        }
        #expect(banned.contains("رمز INPE"))
        var texts = L10n.shared.table.flatMap { key, entry in entry.map { ("\(key).\($0.key)", $0.value) } }
        for disease in ReferenceData.shared.chronicDiseases {
            for language in Language.allCases { texts.append(("disease \(disease.number)", disease.name(language))) }
        }
        for (name, text) in texts {
            for word in banned { #expect(!text.contains(word), "\(name) uses «\(word)»: \(text)") }
        }
    }

    @Test func theArabicINPEIsTheSeedsTerm() throws {
        let row = try #require(try Self.rows().first { $0.first?.contains("health professional") == true })
        let term = row[2]
        #expect(term == "الرمز الاستدلالي الوطني (INPE)")
        for (key, entry) in L10n.shared.table {
            guard let arabic = entry["ar"], arabic.contains("INPE") else { continue }
            #expect(arabic.contains(term), "\(key): \(arabic)")
        }
    }
}

/// Keys named in Arabic screens (issue 13): the glossary's key rows give
/// each key's name per language; an Arabic text never uses the French
/// name ("Entrée", "Échap") where the Arabic one differs.
@Suite struct ArabicKeyNameTests {
    @Test func arabicTextsNameKeysAsTheGlossarySays() throws {
        let keys = try GlossaryTests.rows().filter { $0.first?.hasSuffix(" key") == true }
        #expect(keys.count >= 3)
        let french = keys.filter { $0[1] != $0[2] }.map { $0[1] }
        #expect(french.contains("Entrée") && french.contains("Échap") && french.contains("Espace"))
        for (key, entry) in L10n.shared.table {
            guard let arabic = entry["ar"] else { continue }
            let words = Set(arabic.split { !$0.isLetter }.map(String.init))
            for name in french { #expect(!words.contains(name), "\(key) names «\(name)»: \(arabic)") }
        }
    }
}
