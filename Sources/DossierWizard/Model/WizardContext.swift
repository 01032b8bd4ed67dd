import DossierCore
import FoundationEssentials

/// What the world supplies to the pure functions: the day, the rules and
/// the words (`DossierContext`), the terminal's size, and what the last
/// frame reported about its scrolling.
public struct WizardContext: Sendable {
    public let core: DossierContext
    public let screenWidth: Int
    public let screenHeight: Int
    /// The body of the last frame painted, or nil before the first.
    public let viewport: Viewport?
    /// The instant of this event: a new dossier is created at it.
    public let now: Date

    public init(core: DossierContext, screenWidth: Int = 80, screenHeight: Int = 24, viewport: Viewport? = nil,
                now: Date = Date(timeIntervalSince1970: 0)) {
        self.core = core
        self.screenWidth = screenWidth
        self.screenHeight = screenHeight
        self.viewport = viewport
        self.now = now
    }

    /// The built-in rules and words on `today`.
    public init(today: CalendarDate, screenWidth: Int = 80, screenHeight: Int = 24) {
        self.init(core: .builtIn(today: today), screenWidth: screenWidth, screenHeight: screenHeight)
    }

    public var today: CalendarDate { core.today }

    /// The rules that apply to this dossier's care (sheets, diseases, days).
    public func rules(for dossier: Dossier) -> Rules { core.careRules(for: dossier) }

    /// The words of the state's language, with the standing arguments of
    /// its dossier's rules (`{days}`, `{fund}`).
    public func words(_ state: WizardState) -> Words { core.words(state.language, for: state.dossier) }
}

/// What a frame's body showed: how many lines it had, how many fit, which
/// was first, and whether the focused field was out of sight. `update`
/// reads it instead of laying the screen out again.
public struct Viewport: Equatable, Sendable {
    public let lines: Int
    public let height: Int
    public let start: Int
    /// The focus (or the selected row) is below the lines shown.
    public let focusHidden: Bool
    /// How many rows the focused list shows in its own window (the
    /// diseases), so its offset follows the selection as little as needed.
    public let listRows: Int?
    /// F1's help box has lines below those shown (↓ scrolls it).
    public var helpContinues = false

    public init(lines: Int, height: Int, start: Int, focusHidden: Bool, listRows: Int? = nil) {
        self.lines = lines
        self.height = height
        self.start = start
        self.focusHidden = focusHidden
        self.listRows = listRows
    }

    /// The last first line that still fills the window.
    public var maxStart: Int { max(0, lines - height) }
}
