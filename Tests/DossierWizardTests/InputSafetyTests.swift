import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Bad input and what may be shown: bounded fields, refused control
/// characters said next to the field, text kept exactly, the RIB masked.
@Suite struct InputSafetyTests {
    @Test func aTenMegabytePasteIsCutAtTheFieldsLimitAndSaysHowMuchWasKept() {
        var d = NavigationTests.onStudentScreen()
        let huge = String(repeating: "a", count: 10 * 1024 * 1024)
        let clock = ContinuousClock()
        let elapsed = clock.measure { d.send(.paste(huge)) }
        #expect(elapsed < .seconds(2))
        #expect(d.state.texts["student.fullName"]?.count == 80)
        #expect(d.state.cursor == 80)
        #expect(d.state.inputNote?.path == "student.fullName")
        let screen = d.screen().split(separator: "\n").joined(separator: " ")
        #expect(screen.contains("Texte collé trop long : les 80 premiers caractères sont gardés"))
        // The message goes with the next key.
        d.press(.left)
        #expect(d.state.inputNote == nil)
        // A full field says so instead of silently ignoring the letter.
        d.press(.end)
        d.type("b")
        #expect(d.state.texts["student.fullName"]?.count == 80)
        #expect(d.screen().contains("Ce champ est plein : 80 caractères au plus."))
    }

    @Test func controlCharactersAreRefusedWithAMessageNextToTheField() {
        var d = NavigationTests.onStudentScreen()
        d.send(.paste("Salma\n\u{1B}[31mBenali\t"))
        #expect(d.state.texts["student.fullName"] == "Salma[31mBenali")
        let lines = d.screen().split(separator: "\n").map(String.init)
        let box = lines.firstIndex { $0.contains("[Salma[31mBenali") }!
        #expect(lines[box + 1].contains("⚠ 3 caractères de contrôle ou invalides"))
        d.press(.control("u"))
        d.type("A\u{7}")
        #expect(d.state.texts["student.fullName"] == "A")
        #expect(d.screen().contains("1 caractère de contrôle ou invalide"))
        d.send(.paste("x\u{FFFD}y"))
        #expect(d.state.texts["student.fullName"] == "Axy")
    }

    @Test func rightToLeftAndCombiningCharactersAreKeptExactly() throws {
        let name = "مُحَمَّد\u{200F} Rene\u{301} Ça\u{308}"
        var d = NavigationTests.onStudentScreen()
        d.send(.paste(name))
        #expect(Array(d.state.dossier.student.fullName.unicodeScalars) == Array(name.unicodeScalars))
        var typed = NavigationTests.onStudentScreen()
        typed.type(name)
        #expect(Array(typed.state.dossier.student.fullName.unicodeScalars) == Array(name.unicodeScalars))
        #expect(typed.state.inputNote == nil)
        let data = try DossierJSON.encoder().encode(typed.state)
        let back = try DossierJSON.decoder().decode(WizardState.self, from: data)
        #expect(Array(back.dossier.student.fullName.unicodeScalars) == Array(name.unicodeScalars))
        #expect(Array((back.texts["student.fullName"] ?? "").unicodeScalars) == Array(name.unicodeScalars))
    }

    @Test func theRibIsShownInFullOnlyInItsOwnFieldWhileEdited() {
        let rib = validRIB("0117801234567890123456")
        var d = NavigationTests.onStudentScreen()
        d.focus("student.rib")
        d.type(rib)
        #expect(d.screen().contains(rib))
        d.press(.backTab)
        #expect(d.focusedPath != "student.rib")
        let masked = Identifiers.maskedRIB(rib)
        #expect(masked.hasSuffix(String(rib.suffix(4))))
        #expect(!d.screen().contains(rib))
        #expect(!d.screen(40, 12).contains(String(rib.prefix(8))))
        // In every language, and on the Review.
        for language in Language.allCases {
            var other = d
            other.state.language = language
            other.state.bidi = .terminal
            #expect(!other.screen().contains(rib))
        }
        var review = d
        Navigation.enter(.review, &review.state, review.context)
        review.paint()
        review.press(.pageDown, times: 30)
        review.press(.home)
        let text = review.screen(80, 24) + review.screen(40, 12)
        #expect(!text.contains(rib))
    }

    @Test func doneScrollStopsAtTheLastLine() {
        var d = WizardDriver()
        FullDossierTests.ordinaryKeys(&d)
        d.press(.function(10))
        d.receive(.dossierSaved(SavedDossier(jsonPath: "/d/AB123456.json", summaryPath: "/d/AB123456.txt")))
        #expect(d.state.step == .done)
        // At 40×12 the Done screen is longer than the screen.
        d.send(.resize(width: 40, height: 12))
        let top = d.screen(40, 12)
        let last = d.viewport?.maxStart ?? 0
        #expect(last > 5)
        // Up and Down choose among its buttons; PgUp and PgDn scroll.
        d.press(.pageDown, times: 50)
        #expect(d.state.scroll == .line(last))
        let bottom = d.screen(40, 12)
        d.press(.pageUp)
        #expect(d.state.scroll == .line(last - ReviewScreen.pageSize))
        #expect(d.screen(40, 12) != bottom)
        d.press(.pageDown, times: 10)
        #expect(d.state.scroll == .line(last))
        d.press(.home)
        #expect(d.screen(40, 12) == top)
    }

    @Test func theReviewsPageDownStopsAtTheLastLine() {
        var d = WizardDriver()
        FullDossierTests.ordinaryKeys(&d)
        d.press(.pageDown, times: 20)
        let last = d.viewport?.maxStart ?? -1
        #expect(d.state.scroll == .line(last))
        #expect(d.viewport?.start == last)
        d.press(.pageUp)
        #expect(d.state.scroll == .line(max(0, last - ReviewScreen.pageSize)))
    }

    @Test func foldersOpenToOthersAreFixedAndSaidOnTheWelcomeScreen() throws {
        try withPrivateFolder { folder in
            let data = folder + "/amo-dossier"
            try FileManager.default.createDirectory(atPath: data + "/drafts", withIntermediateDirectories: true)
            chmod(data, 0o755)
            chmod(data + "/drafts", 0o777)
            let notice = try #require(PermissionNotice.secure(folders: [data]))
            #expect(notice.key == "permissions.fixed")
            #expect(notice.arguments["count"] == "2")
            let mode = try FileManager.default.attributesOfItem(atPath: data)[.posixPermissions] as? Int
            #expect(mode == 0o700)
            #expect(PermissionNotice.secure(folders: [data]) == nil)
            let session = WizardSession(language: .fr, drafts: DraftStore(folder: data),
                                        saveDossier: { _, _, _, _ in SavedDossier(jsonPath: "", summaryPath: "") },
                                        today: { testToday }, startWarning: notice)
            let welcome = session.view(width: 80, height: 24).lines.joined(separator: " ")
            #expect(welcome.contains("⚠ amo-dossier : dans "))
            #expect(welcome.contains("2 fichiers ou"))
            #expect(welcome.contains("(0700/0600)."))
        }
    }
}
