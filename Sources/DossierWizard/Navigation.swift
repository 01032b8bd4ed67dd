import DossierCore

/// Moving between screens, entries and fields: the rules of "next",
/// "back" and "go to that field", the same for both front-ends.
enum Navigation {
    /// Goes to a screen, focus on its first field.
    static func enter(_ step: Step, _ s: inout WizardState, _ context: WizardContext) {
        s.step = step
        s.entry = nil
        s.reviewReturn = nil
        // Review, Done and the entry lists follow their selection; every
        // other screen opens at its first line.
        switch step {
        // Done opens at its first line (by when, and where to send the
        // envelope); its actions are below, reached with the arrows.
        case .review, .care: s.scroll = .followFocus
        case .welcome, .eligibility, .careSheet, .student, .treatment, .originals, .done: s.scroll = .top
        }
        s.query = ""
        switch step {
        case .care(let kind):
            let count = s.dossier.entryCount(kind)
            // An empty list: Enter skips the screen (the "continue" row).
            s.setList(.entries(kind), ListState(selected: count == 0 ? count + 1 : 0))
            s.focus = 0
        case .review:
            // On the first problem; with none, on "Save" (the screens to
            // change come after it).
            s.setList(.review, ListState())
            s.focus = 0
        case .done:
            s.setList(.done, ListState())
            focusField(0, &s, context)
        case .welcome, .eligibility, .careSheet, .student, .treatment, .originals:
            focusField(0, &s, context)
        }
    }

    static func goForward(_ s: inout WizardState, _ context: WizardContext) {
        // Sent here by the Review for the screen as a whole (no care yet,
        // the deadline): back to it, not through every later screen.
        if s.reviewReturn == screenReturn(s.step) {
            enter(.review, &s, context)
            return
        }
        if let next = s.step.next(for: s.dossier, rules: context.rules(for: s.dossier)) { enter(next, &s, context) }
    }

    static func goBack(_ s: inout WizardState, _ context: WizardContext) {
        if case .care(let kind) = s.step, let index = s.entry {
            CareListScreen.closeEntry(kind, index, &s)
            return
        }
        if let previous = s.step.previous(for: s.dossier, rules: context.rules(for: s.dossier)) {
            // Back at the welcome with a dossier begun: it is offered to
            // resume, and "new dossier" asks before replacing it. An officer
            // who stopped at an ineligible walk-in pressed "Start" for the
            // next one and found the last one's birth date. At a kiosk the
            // window does not name whose dossier it was.
            if previous == .welcome && s.touched {
                s.draftOffer = DraftOffer(step: s.step, sheet: s.dossier.sheet,
                                          studentName: s.kiosk ? "" : s.dossier.student.fullName)
                s.setList(.welcome, ListState())
            }
            enter(previous, &s, context)
        }
    }

    /// Focus on a field of the screen, its list at the current value.
    static func focusField(_ index: Int, _ s: inout WizardState, _ context: WizardContext) {
        let fields = s.fields
        s.focus = fields.isEmpty ? 0 : min(max(0, index), fields.count - 1)
        s.query = ""
        guard let field = s.focusedField, let path = s.focusedPath else { return }
        switch field.kind {
        case .choice(let source):
            let options = source.options(context.rules(for: s.dossier))
            let current = field.choice(in: s.dossier, entry: s.entry)
            s.setList(.choice(path), ListState(selected: options.firstIndex { $0.id == current } ?? 0))
        case .disease:
            let numbers = context.rules(for: s.dossier).chronicDiseases.map(\.number)
            s.setList(.disease, ListState(selected: s.dossier.chronicDisease.flatMap { numbers.firstIndex(of: $0) } ?? 0))
        case .checklist:
            s.setList(.originals, ListState())
        case .text, .identifier, .date, .amount:
            s.cursor = FormScreen.text(field, path: path, in: s).count
        case .yesNo:
            break
        }
    }

    /// Leaving a field: a wrong value is shown under it and, when moving
    /// forward, keeps the focus there; an empty required field is only
    /// marked, a warning only said. Returns false when the focus must stay.
    static func leaveField(_ s: inout WizardState, forward: Bool, _ context: WizardContext) -> Bool {
        guard let field = s.focusedField, field.kind.isTyped, let path = s.focusedPath else { return true }
        let text = FormScreen.text(field, path: path, in: s)
        let problem = field.problem(typing: text, in: s.dossier, entry: s.entry,
                                    rules: context.rules(for: s.dossier), today: context.today)
        guard let problem else {
            s.errors[path] = nil
            return true
        }
        // A warning is said under the field and never keeps the focus.
        if !problem.isError {
            s.errors[path] = problem
            return true
        }
        if isMissing(problem) {
            s.errors[path] = field.required ? problem : nil
            return true
        }
        s.errors[path] = problem
        if forward { s.refused = path }
        return !forward
    }

    /// A problem that only says "not filled in yet": it never blocks.
    static func isMissing(_ problem: Problem) -> Bool {
        problem.code.hasSuffix(".missing")
    }

    static func nextField(_ s: inout WizardState, _ context: WizardContext, screenEnd: Bool) {
        guard leaveField(&s, forward: true, context) else { return }
        if s.focus + 1 < s.fields.count {
            focusField(s.focus + 1, &s, context)
        } else if screenEnd {
            if case .care(let kind) = s.step, let index = s.entry {
                CareListScreen.closeEntry(kind, index, &s)
            } else {
                goForward(&s, context)
            }
        }
    }

    static func previousField(_ s: inout WizardState, _ context: WizardContext) {
        _ = leaveField(&s, forward: false, context)
        if s.focus > 0 { focusField(s.focus - 1, &s, context) }
    }

    /// Enter on a field: accepted, then the next field or screen; back to
    /// the Review when the Review sent the student here.
    static func accept(_ s: inout WizardState, _ context: WizardContext) {
        guard let path = s.focusedPath else {
            goForward(&s, context)
            return
        }
        if s.reviewReturn == path {
            guard leaveField(&s, forward: true, context) else { return }
            enter(.review, &s, context)
            return
        }
        nextField(&s, context, screenEnd: true)
    }

    /// Esc: the screen before; in an entry, back to its list.
    /// Esc is awkward on a phone's keyboard: `<` where no text has the
    /// focus, or Backspace in an empty first field, goes back as Esc does.
    static func goesBackWithoutEscape(_ key: Key, _ s: WizardState) -> Bool {
        guard s.overlay == nil, s.step != .welcome else { return false }
        switch key {
        case .character("<"):
            return s.focusedField.map { !$0.kind.isTyped } ?? true
        case .backspace:
            guard s.focus == 0, let field = s.focusedField, field.kind.isTyped, let path = s.focusedPath else { return false }
            return FormScreen.text(field, path: path, in: s).isEmpty
        default:
            return false
        }
    }

    static func back(_ s: inout WizardState, _ context: WizardContext) {
        switch s.step {
        case .done:
            enter(.review, &s, context)
        case .eligibility, .careSheet, .student, .treatment, .care, .originals:
            _ = leaveField(&s, forward: false, context)
            goBack(&s, context)
        case .welcome, .review:
            goBack(&s, context)
        }
    }

    /// The question before this one: the field above on the same screen,
    /// else the last question of the screen before.
    /// The originals are one question each (in the envelope?), one list.
    static func previousQuestion(_ s: inout WizardState, _ context: WizardContext) {
        if s.focusedField != nil, s.focus > 0 {
            previousField(&s, context)
            return
        }
        if s.step == .originals, s.list(.originals).selected > 0 {
            s.setList(.originals, ListState(selected: s.list(.originals).selected - 1))
            return
        }
        let wasEntry = s.entry != nil
        back(&s, context)
        // Back on a form from its first field: its last question.
        if !wasEntry, s.step.page != nil {
            focusField(s.fields.count - 1, &s, context)
            if s.step == .originals {
                s.setList(.originals, ListState(selected: max(0, RequiredOriginals.documents(for: s.dossier).count - 1)))
            }
            s.scroll = .followFocus
        }
    }

    /// Selects a row of whatever list the screen shows.
    static func selectRow(_ row: Int, _ s: inout WizardState, _ context: WizardContext) {
        switch s.step {
        case .welcome:
            s.setList(.welcome, ListState(selected: min(max(0, row), WelcomeScreen.rows(s).count - 1)))
        case .care(let kind) where s.entry == nil:
            s.setList(.entries(kind), ListState(selected: min(max(0, row), CareListScreen.rows(s.dossier.entryCount(kind)) - 1)))
        case .review:
            s.setList(.review, ListState(selected: min(max(0, row),
                                                        ReviewScreen.problems(s, context).count + ReviewScreen.sections(s, context).count)))
        case .originals:
            let count = RequiredOriginals.documents(for: s.dossier).count
            s.setList(.originals, ListState(selected: min(max(0, row), max(0, count - 1))))
        case .eligibility, .careSheet, .student, .treatment, .care, .done:
            break
        }
    }

    // MARK: - Going to the field of a problem

    /// Where a problem is fixed: the screen, the entry and the field its
    /// JSON path points to, as the registry says where each field is asked.
    struct Location: Equatable {
        let step: Step
        var entry: Int? = nil
        /// The field's JSON path on that screen, if the problem is about one field.
        var field: String? = nil
        /// For a missing original: which document.
        var document: Originals.Document? = nil
    }

    static func locate(_ path: String, _ dossier: Dossier, _ rules: Rules) -> Location {
        if let (field, entry) = FieldRegistry.field(atPath: path) {
            switch field.page {
            case .eligibility: return Location(step: .eligibility, field: path)
            case .careSheet: return Location(step: .careSheet, field: path)
            case .student: return Location(step: .student, field: path)
            case .treatment: return Location(step: .treatment, field: path)
            case .originals: return Location(step: .originals, field: path)
            case .entry(let kind):
                guard rules.takes(kind, on: dossier.sheet) else { return Location(step: .careSheet, field: "sheet") }
                return Location(step: .care(kind), entry: entry, field: path)
            }
        }
        if path == "lastMailingDay" { return Location(step: .treatment) }
        if path.hasPrefix("originals.") {
            return Location(step: .originals, field: "originals",
                            document: Originals.Document(rawValue: String(path.dropFirst("originals.".count))))
        }
        if let kind = CareKind(rawValue: path) {
            // "No care" or care the sheet does not take: where it is added,
            // or where the sheet is chosen.
            guard rules.takes(kind, on: dossier.sheet) else { return Location(step: .careSheet, field: "sheet") }
            return Location(step: .care(kind))
        }
        return Location(step: .review)
    }

    /// Takes the student to the field a problem is about.
    static func jump(to problem: Problem, _ s: inout WizardState, _ context: WizardContext) {
        let location = locate(problem.path, s.dossier, context.rules(for: s.dossier))
        enter(location.step, &s, context)
        if let entry = location.entry {
            s.entry = entry
            focusField(0, &s, context)
        }
        if let path = location.field, let index = s.fields.firstIndex(where: { $0.path(entry: s.entry) == path }) {
            focusField(index, &s, context)
        }
        if let document = location.document {
            s.setList(.originals, ListState(selected: RequiredOriginals.documents(for: s.dossier).firstIndex(of: document) ?? 0))
        }
        if case .care(let kind) = location.step, location.entry == nil {
            s.setList(.entries(kind), ListState(selected: s.dossier.entryCount(kind)))
        }
        // Straight to the field the problem is about, not to the screen's top.
        s.scroll = .followFocus
        s.reviewReturn = s.focusedPath.flatMap { $0 == location.field ? $0 : nil }
            ?? (location.field == nil && location.step != .review ? screenReturn(location.step) : nil)
    }

    /// `reviewReturn` for a problem about a screen, not one of its fields:
    /// leaving that screen forward goes back to the Review.
    static func screenReturn(_ step: Step) -> String { "screen." + step.rawValue }

    /// Focus on a field by its JSON path, wherever it is asked: the way
    /// the Review takes a student to a field, and the way tests reach one.
    static func focus(path: String, _ s: inout WizardState, _ context: WizardContext) {
        jump(to: Problem(code: "", path: path), &s, context)
        s.reviewReturn = nil
    }
}
