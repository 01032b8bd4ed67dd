import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// The full-screen wizard and the plain mode are two front-ends of one
/// wizard: the same answers must give the same dossier, field for field,
/// or one of them has drifted (a check, a default, a normalisation).
@Suite struct FrontEndParityTests {
    static let scripts: [String: DossierScript] = [
        "ordinary": .ordinary, "chronic": .chronic, "dental": .dental,
    ]

    /// A saved dossier's JSON without what says which copy it is and when
    /// it was written.
    static func content(_ path: String) throws -> NSDictionary {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["id", "createdAt", "updatedAt"] { object[key] = nil }
        return object as NSDictionary
    }

    @Test(arguments: ["ordinary", "chronic", "dental"])
    func bothFrontEndsSaveTheSameDossier(_ name: String) throws {
        let script = try #require(Self.scripts[name])
        try withPrivateFolder { folder in
            var d = WizardDriver()
            script.drive(&d)
            // A complete dossier, so that every field takes part.
            #expect(ReviewScreen.problems(d.state, testContext).isEmpty)
            #expect(d.state.dossier.careEntryCount == script.entries.values.reduce(0, +))
            d.press(.function(10))
            #expect(d.effects.last == .saveDossier)
            let full = try DossierStore(folder: folder + "/full")
                .save(d.state.dossier, language: .fr, now: Date(), context: testContext.core)

            let sandbox = PlainSandbox()
            defer { sandbox.remove() }
            let (outcome, transcript, _) = sandbox.run(answers: script.plain, language: .fr)
            guard case .saved(let plain) = outcome else {
                Issue.record("the plain mode did not save: \(outcome)\n\(transcript)")
                return
            }
            let fullContent = try Self.content(full.jsonPath)
            let plainContent = try Self.content(plain.jsonPath)
            #expect(fullContent == plainContent)
        }
    }
}
