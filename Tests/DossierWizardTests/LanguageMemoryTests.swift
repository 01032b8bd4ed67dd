import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Issue 15: the language chosen on the welcome screen is the next
/// start's (the user's settings file, 0600); `--lang` still wins; a kiosk
/// never writes it, and its next student starts in the kiosk's own.
@Suite struct LanguageMemoryTests {
    static func session(_ folder: String, language: Language = .fr, languageGiven: Bool = false,
                        kiosk: Bool = false) -> SessionDriver {
        let kioskOptions = kiosk ? KioskOptions(vault: DraftVault(dataFolder: folder + "/data")) : nil
        return SessionDriver(WizardSession(language: language, languageGiven: languageGiven,
                                           drafts: DraftStore(folder: folder + "/data"),
                                           saveDossier: { _, _, _, _ in throw PrivateFiles.WriteError.notAFolder(path: "/nowhere") },
                                           today: { testToday }, settings: SettingsStore(path: folder + "/config/config.json"),
                                           bidi: .app, kiosk: kioskOptions))
    }

    /// The welcome screen's language row, one step to the right (fr → ar → en).
    static func chooseNextLanguage(_ d: inout SessionDriver) {
        let row = WelcomeScreen.rows(d.state).firstIndex(of: .language)!
        d.intend(.selectRow(row))
        d.press(.right)
    }

    @Test func theLanguageChosenIsTheNextStartsUnlessLangIsGiven() throws {
        try withPrivateFolder { folder in
            var d = Self.session(folder)
            #expect(d.state.language == .fr)
            Self.chooseNextLanguage(&d)
            #expect(d.state.language == .ar)
            var info = stat()
            #expect(stat(folder + "/config/config.json", &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600)
            #expect(Self.session(folder, language: .en).state.language == .ar, "no --lang: the language last chosen")
            #expect(Self.session(folder, language: .en, languageGiven: true).state.language == .en, "--lang wins")
        }
    }

    @Test func aKioskNeverWritesItAndForgetsItAfterEachStudent() throws {
        try withPrivateFolder { folder in
            var d = Self.session(folder, kiosk: true)
            Self.chooseNextLanguage(&d)
            #expect(d.state.language == .ar)
            #expect(!FileManager.default.fileExists(atPath: folder + "/config/config.json"))
            let next = Wizard.freshStart(d.state, d.session.context)
            #expect(next.language == .fr, "the next student starts in the kiosk's language")
            // A settings file written outside kiosk mode is not read at a kiosk either.
            try SettingsStore(path: folder + "/config/config.json").save(language: .en)
            #expect(Self.session(folder, kiosk: true).state.language == .fr)
        }
    }
}
