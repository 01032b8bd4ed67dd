import Foundation
import Testing
@testable import DossierCore

@Suite("Reference data: the CNOPS facts as data")
struct ReferenceDataTests {
    let reference = ReferenceData.shared

    @Test("the mailing address is the current one, never the old BP 209")
    func address() {
        #expect(reference.addressLines(.fr) == [
            "CNOPS — Caisse Nationale des Organismes de Prévoyance Sociale",
            "8-10, rue Al Khalil — B.P. 912",
            "Rabat",
        ])
        #expect(reference.addressLines(.fr).joined(separator: " — ").contains("8-10, rue Al Khalil — B.P. 912 — Rabat"))
        #expect(reference.addressLines(.ar).joined(separator: "، ")
                == "الصندوق الوطني لمنظمات الاحتياط الاجتماعي، 10-8 زنقة الخليل، ص.ب 912، الرباط")
        #expect(reference.addressLines(.en) == reference.addressLines(.fr))
        for language in Language.allCases {
            let text = reference.addressLines(language).joined(separator: " ")
            #expect(!text.contains("209"))
            #expect(!text.contains("4, rue"))
        }
        let raw = EmbeddedResources.files["reference/editions/2026-01-01-cnops.json"] ?? ""
        #expect(!raw.contains("BP 209") && !raw.contains("B.P. 209"))
    }

    @Test("the 42 diseases, numbered 1…42, with CNOPS's French names in order")
    func diseases() {
        let names = [
            "Accident vasculaire cérébral ou médullaire ischémique ou hémorragique",
            "Affections malignes du tissu lymphatique ou hématopoïétique",
            "Anémies hémolytiques chroniques sévères",
            "Aplasies médullaires sévères",
            "Artériopathies chroniques",
            "Asthme sévère",
            "Cardiopathies congénitales",
            "Cirrhoses du foie",
            "Diabète insulino-dépendant et diabète non insulino-dépendant",
            "Epilepsie grave",
            "Etat de déficit mental",
            "Formes graves des affections neurologiques et neuromusculaires",
            "Glaucome chronique",
            "Hypertension artérielle sévère",
            "Insuffisance cardiaque",
            "Insuffisance rénale aiguë",
            "Insuffisance rénale chronique terminale",
            "Insuffisance respiratoire chronique grave",
            "Lupus érythémateux aigu disséminé",
            "Maladie coronaire",
            "Maladie de Crohn évolutive",
            "Maladie de Parkinson",
            "Maladies chroniques actives du foie (hépatites B et C)",
            "Myélodysplasies sévères",
            "Néphropathies graves",
            "Polyarthrite rhumatoïde évolutive grave",
            "Psychoses",
            "Rectocolite hémorragique évolutive",
            "Rétinopathie diabétique",
            "Sclérodermie généralisée évolutive",
            "Sclérose en plaques",
            "Spondylarthrite ankylosante grave",
            "Syndrome d'immunodéficience acquise (SIDA)",
            "Syndromes néphrotiques",
            "Troubles graves de la personnalité",
            "Troubles héréditaires de l'hémostase",
            "Troubles mentaux et/ou de personnalité dus à une lésion, à un dysfonctionnement cérébral ou à une lésion physique",
            "Troubles permanents du rythme et de la conductivité",
            "Tumeurs malignes",
            "Valvulopathies rhumatismales",
            "Vascularites",
            "Insuffisance hypophysaire",
        ]
        #expect(names.count == 42)
        #expect(reference.chronicDiseases.map(\.number) == Array(1...42))
        #expect(reference.chronicDiseases.map(\.fr) == names)
        for disease in reference.chronicDiseases {
            #expect(!disease.ar.isEmpty && !disease.en.isEmpty)
            #expect(reference.disease(number: disease.number)?.fr == disease.fr)
        }
        #expect(reference.disease(number: 0) == nil)
        #expect(reference.disease(number: 43) == nil)
    }

    @Test("deadline 60 days, age 30, a date from which the data holds")
    func numbers() {
        #expect(reference.mailingDeadlineDays == 60)
        #expect(reference.maximumAge == 30)
        #expect(reference.validFrom <= Fixtures.date("2026-01-01"))
        #expect(!reference.source.isEmpty)
    }

    @Test("the three sheets with their official names")
    func sheets() {
        #expect(reference.sheets.map(\.id) == CareSheetKind.allCases)
        #expect(reference.sheet(.ordinary).fr == "Feuille de soins")
        #expect(reference.sheet(.chronic).fr == "Feuille de soins Affection de longue durée (ALD)")
        #expect(reference.sheet(.dental).fr == "Feuille de soins dentaires")
        #expect(reference.sheet(.ordinary).ar == "ورقة العلاجات العادية")
        #expect(reference.sheet(.chronic).ar == "ورقة الأمراض المزمنة والمكلفة")
        #expect(reference.sheet(.dental).ar == "ورقة علاجات الأسنان")
    }

    @Test("contacts as docs/rules.md gives them")
    func contacts() {
        let c = reference.contacts
        #expect(c.callCentre == "053 800 20 20")
        #expect(c.callCentreEmail == "centre.appel@cnops.org.ma")
        #expect(c.complaints == "cnops.chikaya.ma")
        #expect(c.followUpWeb == "www.cnops.org.ma/assures")
        #expect(c.account == "https://www.cnops.org.ma/mon_compte")
        #expect(c.ibnZohrCoverageOffice == "amoe@uiz.ac.ma")
    }

    @Test("a changed address in the data is the address the program gives")
    func addressIsData() throws {
        let original = try #require(EmbeddedResources.files["reference/editions/2026-01-01-cnops.json"])
        let edited = original.replacingOccurrences(of: "8-10, rue Al Khalil — B.P. 912", with: "1, avenue Exemple")
        let other = try RuleBook(sources: [.init(file: "edited.json", data: Data(edited.utf8))]).editions[0]
        #expect(other.addressLines(.fr)[1] == "1, avenue Exemple")
    }
}
