import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// The registry reaches both front-ends: every field it declares is asked
/// on its page, and every field the review shows is on the review, with a
/// value no other field has, so a field left out anywhere fails here.
@Suite("Registry: every field is asked, and shown where its presentation says")
struct RegistryScreenTests {
    /// A dossier with a distinct value in every field that holds text.
    static func everyFieldFilled() -> Dossier {
        var d = Dossier(sheet: .chronic, chronicDisease: 9)
        d.treatment = Treatment(firstActDate: CalendarDate(year: 2026, month: 2, day: 2), continuous: true,
                                endDate: CalendarDate(year: 2026, month: 2, day: 20))
        for kind in CareKind.allCases { d.appendEntry(kind) }
        var counter = 0
        for field in FieldRegistry.all {
            let entry: Int? = field.careKind == nil ? nil : 0
            counter += 1
            switch field.kind {
            case .text: field.commit("Texte\(counter)x", into: &d, entry: entry)
            case .identifier(.cnie): field.commit("AB\(100_000 + counter)", into: &d, entry: entry)
            case .identifier(.massar): field.commit("R\(123_456_000 + counter)", into: &d, entry: entry)
            case .identifier(.inpe): field.commit("\(900_000 + counter)", into: &d, entry: entry)
            case .identifier(.ice): field.commit(validICE("0015000012\(100 + counter)"), into: &d, entry: entry)
            case .identifier(.rib): field.commit(validRIB("18178000001234567890\(10 + counter)"), into: &d, entry: entry)
            case .date:
                if field.id != "treatment.firstActDate" && field.id != "treatment.endDate" {
                    field.commit("\(10 + counter % 15)/01/2026", into: &d, entry: entry)
                }
            case .amount: field.commit("\(100 + counter),50", into: &d, entry: entry)
            case .yesNo, .choice, .disease, .checklist: break
            }
        }
        d.student.birthDate = CalendarDate(year: 2003, month: 5, day: 17)
        return d
    }

    /// Every page's fields are on its screen: the label of each field that
    /// applies is drawn when the screen (or entry form) is shown.
    @Test func everyFieldIsAskedOnItsPage() {
        for field in FieldRegistry.all {
            var dossier = Self.everyFieldFilled()
            // An entry's field is asked on a sheet that takes its kind of care.
            if let kind = field.careKind, let sheet = testContext.rules(for: dossier).sheets(taking: kind).first {
                dossier.sheet = sheet.id
            }
            guard field.applies(to: dossier) else { continue }
            var d = WizardDriver(WizardState(dossier: dossier, language: .en))
            d.focus(field.path(entry: field.careKind == nil ? nil : 0))
            let label = words(.en)(field.labelKey)
            #expect(d.screen(120, 60).contains(String(label.prefix(30))), "\(field.id) is not on its screen")
        }
    }

    /// The review shows each field the registry says it shows, masked where
    /// it says masked, and no value of a field it hides.
    @Test func reviewShowsWhatThePresentationSays() {
        let dossier = Self.everyFieldFilled()
        var d = WizardDriver(WizardState(dossier: dossier, language: .en, step: .review))
        d.state.scroll = .line(0)
        let review = d.screen(200, 200)
        let w = words(.en, for: dossier)
        let rules = testContext.rules(for: dossier)
        for field in FieldRegistry.all where field.kind.isTyped {
            let entry: Int? = field.careKind == nil ? nil : 0
            guard let value = field.displayValue(in: dossier, entry: entry, words: w, rules: rules) else { continue }
            switch field.presentation.review {
            case .plain:
                #expect(review.contains(value), "\(field.id) (\(value)) is not on the review")
            case .masked:
                #expect(!review.contains(value), "\(field.id) shows unmasked on the review")
                #expect(review.contains(Identifiers.maskedRIB(value)), "\(field.id) is not on the review, masked")
            case .hidden:
                #expect(!review.contains(value), "\(field.id) (\(value)) is on the review, though hidden")
            }
        }
    }
}
