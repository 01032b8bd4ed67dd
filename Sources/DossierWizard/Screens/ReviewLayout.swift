import DossierCore

/// Everything the review's summary of the dossier (`ReviewScreen.contents`
/// laid out in lines) reads: the dossier, day and editions, the language,
/// and how the writer lays text out. Not the selection, the scroll or a save
/// failure, which only the rows after the summary show. The key of its memo.
struct ReviewLayout: Equatable, Sendable {
    let judgement: DossierJudgement
    let language: Language
    let writer: WriterLayout

    init(_ state: WizardState, _ context: WizardContext, _ writer: ScreenWriter) {
        judgement = DossierJudgement(state.dossier, context.core)
        language = state.language
        self.writer = WriterLayout(writer)
    }
}
