import DossierCore
import Foundation
import Testing

/// Two terminals of a faculty saving into one shared dossier folder at the
/// same moment: two processes of the built binary, in plain mode, each
/// with its own home (its own draft), the same `--dir`, the same student
/// typed twice with one difference; both are held at the last question
/// and answer it together, so both save within the same second or so.
@Suite("A shared dossier folder: two processes save the same student at once, nothing is lost")
struct SharedFolderSaveTests {
    final class Barrier: @unchecked Sendable {
        private let condition = NSCondition()
        private var arrived = 0
        let parties: Int
        init(parties: Int) { self.parties = parties }
        func wait() {
            condition.lock()
            arrived += 1
            condition.broadcast()
            let deadline = Date().addingTimeInterval(30)
            while arrived < parties && condition.wait(until: deadline) {}
            condition.unlock()
        }
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Int: Result<PlainDialogue.Result, Error>] = [:]
        func set(_ i: Int, _ r: Result<PlainDialogue.Result, Error>) { lock.withLock { results[i] = r } }
        func get(_ i: Int) -> Result<PlainDialogue.Result, Error>? { lock.withLock { results[i] } }
    }

    @Test func twoProcessesSaveTheSameStudentAtOnce() throws {
        let root = NSTemporaryDirectory() + "amo-dossier-shared-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let shared = root + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        let firstAct = CalendarDate.today().adding(days: -5)
        let addresses = ["Chambre 12, cité universitaire, Agadir", "Chambre 40, cité universitaire, Agadir"]
        let barrier = Barrier(parties: 2)
        let outcomes = Outcomes()
        let binary = try CommandLineTests.binary()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let home = root + "/terminal\(i)"
            try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            var answers = PlainModeTests.answers(.en, firstAct: firstAct.dayMonthYear)
            answers["student.address"] = [addresses[i]]
            var dialogue = PlainDialogue(answers, language: .en)
            dialogue.timeout = 60
            dialogue.beforeAnswering = { question in if question == "review" { barrier.wait() } }
            let environment = EditionFolders.isolate(["LANG": "C.UTF-8", "TERM": "dumb", "PATH": "/usr/bin:/bin",
                                                      "HOME": home], under: home)
            outcomes.set(i, Result { try dialogue.run([binary, "--plain", "--dir", shared, "--lang", "en"],
                                                      environment: environment) })
        }
        for i in 0..<2 {
            let result = try #require(try outcomes.get(i)?.get())
            #expect(result.status == 0, "\(result.stderr)\n\(result.transcript)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: shared).sorted()
        #expect(!names.contains { $0.hasPrefix(".") }, "no temporary file left: \(names)")
        let jsons = names.filter { $0.hasSuffix(".json") }
        #expect(jsons.count == 2, "\(names)")
        #expect(names.filter { $0.hasSuffix(".txt") }.count == 2, "each with its summary: \(names)")
        let saved = try jsons.map { try DossierStore(folder: shared).load(path: shared + "/" + $0).student.address }
        #expect(Set(saved) == Set(addresses), "both dossiers whole, each with what its terminal typed")
        // Both are the same student in the register, each a dossier of its own (not copies).
        let list = try CommandLineTests.runBinary(["list", "--dir", shared, "--json"],
                                                  environment: EditionFolders.isolate(["LANG": "C.UTF-8", "HOME": root,
                                                                                       "PATH": "/usr/bin:/bin"], under: root))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2 && rows.allSatisfy { ($0["copies"] as? [String])?.isEmpty == true })
    }
}
