import DossierCore
import Foundation
import Testing

/// A help desk follows a change of insurer before a new release by
/// dropping an edition file into `$XDG_CONFIG_DIRS/amo-dossier/editions/`
/// (or a user into `$XDG_CONFIG_HOME/amo-dossier/editions/`). The built
/// binary must then count the new days from the edition's date, send the
/// envelope to the new address from that date, and keep the old rules
/// before it; a broken file must stop every command before anything runs.
@Suite("Editions end to end: a dropped edition file changes deadline, check and address from its date; a broken one stops every command with 78")
struct EditionTests {
    /// A fictional successor of CNOPS, living in this test only: another
    /// fund, another address, 90 days, from 1 July 2027. It states only
    /// what changes; the rest comes from the built-in edition.
    static let successor = """
    {
      "validFrom": "2027-07-01",
      "source": "A fictional successor edition, for the end-to-end tests only",
      "fund": {
        "short": {"fr": "CNSE", "ar": "CNSE", "en": "CNSE"},
        "name": {"fr": "Caisse Nationale de Santé des Étudiants", "ar": "الصندوق الوطني لصحة الطلبة",
                 "en": "National Students' Health Fund"}
      },
      "mailingDeadlineDays": 90,
      "mailingAddress": {
        "fr": ["CNSE — Caisse Nationale de Santé des Étudiants", "17, avenue Imaginaire — B.P. 4242", "Salé"],
        "ar": ["الصندوق الوطني لصحة الطلبة", "17 شارع الخيال، ص.ب 4242", "سلا"],
        "en": ["CNSE — National Students' Health Fund", "17, avenue Imaginaire — B.P. 4242", "Salé"]
      }
    }
    """

    /// A number written as a word: a typing mistake a help desk could make.
    static let broken = #"{"validFrom": "2027-07-01", "mailingDeadlineDays": "ninety"}"#

    /// The built-in edition's block, and its notice (its own: the successor has none).
    static let cnopsFrench = "CNOPS — Caisse Nationale des Organismes de Prévoyance Sociale\n8-10, rue Al Khalil — B.P. 912\nRabat\n\n"
        + RuleBook.builtIn.editions[0].notice!.fr + "\n"
    static let successorFrench = "CNSE — Caisse Nationale de Santé des Étudiants\n17, avenue Imaginaire — B.P. 4242\nSalé\n"

    /// The folder that `variable` names in `world`: the help desk's or the user's.
    static func configRoot(_ variable: String, _ world: PrivateWorld) -> String {
        variable == "XDG_CONFIG_DIRS" ? world.configDirs : world.configHome
    }

    static func run(_ arguments: [String], _ world: PrivateWorld, input: String? = nil) throws -> CommandLineTests.Run {
        try CommandLineTests.runBinary(arguments, environment: world.environment(term: nil), input: input)
    }

    static func json(_ run: CommandLineTests.Run) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    /// A complete dossier with its first act on `firstAct`, saved in the world's `--dir`.
    static func saved(firstAct: String, _ world: PrivateWorld, second: TimeInterval) throws -> String {
        try DossierStore(folder: world.dossiers).save(CommandLineTests.completeDossier(firstAct: firstAct),
                                                      language: .fr,
                                                      now: Date(timeIntervalSince1970: 1_769_941_800 + second),
                                                      context: .builtIn(today: .today())).jsonPath
    }

    @Test("The successor edition gives 90 days and its address from 2027-07-01; before it, 60 days and CNOPS",
          arguments: ["XDG_CONFIG_DIRS", "XDG_CONFIG_HOME"])
    func successorEdition(variable: String) throws {
        let world = try PrivateWorld()
        try EditionFolders.drop(Self.successor, named: "2027-07-01-successor.json", into: Self.configRoot(variable, world))

        // First act after the edition's date: its 90 days (10 July + 90 = 8 October).
        let after = try Self.run(["deadline", "--first-act", "2027-07-10", "--today", "2027-07-20", "--json"], world)
        #expect(after.status == 0, "\(after.stderr)")
        let late = try #require(try Self.json(after) as? [String: Any])
        #expect((late["days"] as? NSNumber)?.intValue == 90)
        #expect(late["lastMailingDay"] as? String == "2027-10-08")
        #expect((late["daysLeft"] as? NSNumber)?.intValue == 80)
        let text = try Self.run(["deadline", "--first-act", "2027-07-10", "--today", "2027-07-20", "--lang", "en"], world)
        #expect(text.stdout == "Last mailing day: 2027-10-08\n90 days after the first medical act on 2027-07-10.\n80 days left.\n")

        // First act before it: the 60 days of the edition then in force,
        // even when the envelope leaves after the change (20 June + 60 = 19 August).
        let before = try Self.run(["deadline", "--first-act", "2027-06-20", "--today", "2027-07-20", "--json"], world)
        let early = try #require(try Self.json(before) as? [String: Any])
        #expect((early["days"] as? NSNumber)?.intValue == 60)
        #expect(early["lastMailingDay"] as? String == "2027-08-19")

        // check follows the same rule for saved dossiers.
        let a = try Self.saved(firstAct: "2027-07-10", world, second: 0)
        let b = try Self.saved(firstAct: "2027-06-20", world, second: 1)
        let check = try Self.run(["check", a, b, "--today", "2027-07-20", "--json"], world)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let list = try #require(try Self.json(check) as? [[String: Any]])
        #expect(list.map { $0["lastMailingDay"] as? String } == ["2027-10-08", "2027-08-19"])

        // The address of the day of mailing: the new one from its first day.
        let on = try Self.run(["address", "--on", "2027-07-01", "--lang", "fr"], world)
        #expect(on.status == 0, "\(on.stderr)")
        #expect(on.stdout == Self.successorFrench)
        #expect(try Self.run(["address", "--on", "2027-06-30", "--lang", "fr"], world).stdout == Self.cnopsFrench)
        #expect(try Self.run(["address", "--lang", "fr"], world).stdout == Self.cnopsFrench, "today is before 2027")
    }

    @Test("A broken edition stops deadline, address, check, list and the wizard: exit 78, one line naming the file and the key",
          arguments: ["XDG_CONFIG_DIRS", "XDG_CONFIG_HOME"])
    func brokenEdition(variable: String) throws {
        let world = try PrivateWorld()
        let dossier = try Self.saved(firstAct: "2026-01-10", world, second: 0)
        let file = try EditionFolders.drop(Self.broken, named: "2027-07-01-broken.json", into: Self.configRoot(variable, world))
        let commands: [(arguments: [String], input: String?)] = [
            (["deadline", "--first-act", "2026-01-10"], nil),
            (["address"], nil),
            (["check", dossier], nil),
            (["list", "--dir", world.dossiers], nil),
            (["--plain", "--dir", world.dossiers], "yes\n"),
        ]
        for command in commands {
            let result = try Self.run(command.arguments + ["--lang", "en"], world, input: command.input)
            let name = command.arguments[0]
            #expect(result.status == 78, "\(name): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(name) ran on half-read rules: \(result.stdout)")
            #expect(result.stderr.hasSuffix("\n") && result.stderr.dropLast().split(separator: "\n").count == 1,
                    "\(name): one line: \(result.stderr)")
            #expect(result.stderr.contains(file), "\(name) names the file: \(result.stderr)")
            #expect(result.stderr.contains("mailingDeadlineDays"), "\(name) names the place: \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: world.draftPath), "the wizard typed nothing into a draft")
    }
}
