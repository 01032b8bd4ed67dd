import Testing
@testable import DossierCore

@Suite("An option of one value given twice is named, whatever its spelling; values and files are not options")
struct RepeatedOptionTests {
    @Test("--today twice, as --today D or --today=D; --find twice; nothing after --; other words ignored")
    func repeated() {
        #expect(RepeatedOption.first(in: ["list", "--today", "2026-02-01", "--today=2026-03-01"]) == "--today")
        #expect(RepeatedOption.first(in: ["list", "--find", "a", "--json", "--find", "b"]) == "--find")
        #expect(RepeatedOption.first(in: ["list", "--today", "2026-02-01", "--json", "--csv"]) == nil)
        #expect(RepeatedOption.first(in: ["check", "--today", "x", "--", "--today", "--today"]) == nil)
        #expect(RepeatedOption.first(in: ["check", "--json", "--json"]) == nil, "a flag is not an option of one value")
        #expect(RepeatedOption.error("--on").message(.en) == "--on is given twice: give it once")
    }
}
