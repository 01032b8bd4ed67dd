import DossierCore
import Foundation
import Testing

/// `address` in Arabic (issue 13): to a pipe in logical order whatever
/// `--bidi` says; on a terminal (tmux, which shows cells as sent) shaped
/// and reordered with `--bidi app`, marked with `--bidi terminal`.
@Suite("Subcommands follow the Arabic rendering setting on a terminal, stay logical to a pipe",
       .enabled(if: TmuxSession.isAvailable))
struct CommandLineBidiTests {
    static let firstLine = "الصندوق الوطني لمنظمات الاحتياط الاجتماعي"

    @Test func aPipeGetsLogicalOrderInBothSettings() throws {
        for bidi in ["app", "terminal"] {
            let run = try CommandLineTests().run(["address", "--lang", "ar", "--bidi", bidi])
            #expect(run.stdout.hasPrefix(Self.firstLine + "\n"), "\(bidi): \(run.stdout)")
            #expect(!run.stdout.contains("\u{200F}") && !run.stdout.contains("\u{1B}"))
        }
    }

    @Test func aTerminalGetsTheSetting() throws {
        let world = try PrivateWorld()
        let binary = try CommandLineTests.binary()
        // The pane stays open after the command, so its screen can be read.
        func shell(_ bidi: String) -> [String] {
            ["/bin/sh", "-c", TmuxSession.quote(binary) + " address --lang ar --bidi " + bidi + "; sleep 30"]
        }
        let app = try TmuxSession(command: shell("app"), environment: world.environment())
        let shaped = try app.waitFor("ﻲﻋﺎﻤﺘﺟﻻﺍ")
        #expect(!shaped.contains(Self.firstLine), "\(shaped)")
        app.end()
        let terminal = try TmuxSession(command: shell("terminal"), environment: world.environment())
        let logical = try terminal.waitFor(Self.firstLine)
        #expect(!logical.contains("ﻲﻋﺎﻤﺘﺟﻻﺍ"))
        terminal.end()
    }
}
