import Testing
@testable import DossierCore

/// The 42 disease names read against the French (issue 13): "sévère" is
/// الشديد and "grave" الوخيم, never الحاد (acute), which stays for
/// "aigu(ë)"; "chronique sévère" must not read "chronic acute".
@Suite struct DiseaseWordingTests {
    @Test func severityWordsFollowTheFrench() {
        let diseases = ReferenceData.shared.chronicDiseases
        #expect(diseases.count == 42)
        for disease in diseases {
            let french = disease.name(.fr).lowercased()
            let arabic = disease.name(.ar)
            if french.contains("sévère") { #expect(arabic.contains("الشديد"), "#\(disease.number) \(arabic)") }
            if french.contains("grave") { #expect(arabic.contains("الوخيم"), "#\(disease.number) \(arabic)") }
            let acute = french.contains("aigu")
            #expect(arabic.contains("الحاد") == acute, "#\(disease.number): الحاد only for aigu(ë): \(arabic)")
        }
        #expect(ReferenceData.shared.disease(number: 34)?.name(.ar) == "المتلازمات الكلائية")
    }
}
