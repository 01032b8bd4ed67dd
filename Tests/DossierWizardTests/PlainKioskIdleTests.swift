import Foundation
import Testing
import DossierCore
@testable import DossierWizard

/// Plain mode at a kiosk: a session nobody types into ends, the draft put aside.
@Suite struct PlainKioskIdleTests {
    @Test func aLineNotBegunWithinTheIdleLimitEndsTheInputAndSaysSo() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let console = StandardConsole(input: ends[0], idleLimit: .milliseconds(200))
        _ = "ab 12\r\nsecond\n".utf8CString.dropLast().withUnsafeBufferPointer { write(ends[1], $0.baseAddress, $0.count) }
        #expect(console.readLine() == "ab 12")
        #expect(console.readLine() == "second", "a line already there is read, not waited for")
        let started = ContinuousClock.now
        #expect(console.readLine() == nil)
        #expect(console.idleEnded)
        #expect(started.duration(to: .now) >= .milliseconds(200))
        close(ends[1])
        let eof = StandardConsole(input: ends[0])
        #expect(eof.readLine() == nil)
        #expect(!eof.idleEnded, "the end of input is not an idle end")
    }

    @Test func theIdleEndPutsTheDraftAsideAndSaysWhy() throws {
        try PlainKioskTests.withSalmasDraft { sandbox, vault in
            let console = ScriptedConsole(answers: ["kiosk.resume": ["yes"], "kiosk.cnie": ["AB123456"],
                                                    "kiosk.birthDate": ["14/03/2004"], "student.fullName": ["Salma B."]],
                                          endAt: "student.cnie")
            console.endsIdle = true
            let (outcome, transcript, _) = PlainKioskTests.run(sandbox, console)
            #expect(outcome == .endOfInput(draftKept: true))
            #expect(transcript.contains("Nothing was typed for a while: the session ends for the next student."))
            #expect(transcript.contains("Draft put aside under your CNIE"))
            #expect(vault.load(WizardState.self, cnie: "AB123456")?.dossier.student.fullName == "Salma B.")
        }
    }
}
