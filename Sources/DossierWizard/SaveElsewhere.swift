import DossierCore
import FoundationEssentials

extension WizardSession {
    /// The save after a failed one, in the folder the student typed (a USB
    /// key, `~`): the dossier goes into `amo-dossier/` inside it
    /// (`DossierStore(inside:)`). Typing `~` used to make the whole home
    /// folder 0700; a folder the program did not make keeps its mode.
    public static func saveElsewhere(_ dossier: Dossier, language: Language, now: Date, context: DossierContext,
                                     folder: String) throws -> SavedDossier {
        try DossierStore(inside: folder).save(dossier, language: language, now: now, context: context)
    }
}
