import DossierCore

/// Everything the rows of an entry list are made of (`CareListScreen.shownRows`):
/// the kind, the dossier, the language and rules its words and checks come
/// from, the day its dates are checked against, and the width they are cut to.
/// Compared with `==` in a `RecentMemo`, never hashed (hashing would read
/// every entry).
struct EntryListRequest: Equatable, Sendable {
    let kind: CareKind
    let dossier: Dossier
    let language: Language
    let rules: Rules
    let today: CalendarDate
    let rowWidth: Int
}
