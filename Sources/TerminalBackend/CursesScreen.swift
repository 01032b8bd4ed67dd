import DossierCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CNcursesw
import DossierWizard

/// One ncurses screen on a pair of descriptors: starts it, paints frames
/// cell by cell, reads raw input, and ends it.
final class CursesScreen {
    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    private let outputFile: UnsafeMutablePointer<FILE>
    /// ncurses' own descriptor of the output (a dup, shared with no one).
    var outputDescriptor: Int32 { fileno(outputFile) }
    private let inputFile: UnsafeMutablePointer<FILE>
    private(set) var colors: Bool
    private let dimAvailable: Bool
    private var previous: Frame?
    private var cursorVisible: Bool?
    private var ended = false
    private var bidi = BidiControls()
    /// Blank the screen and erase the scrollback when leaving (kiosk mode).
    private let clearOnExit: Bool
    /// What erases this terminal's scrollback, if it has a way (`eraser`).
    private let scrollbackEraser: String?

    /// Starts ncurses on the terminal type `terminalType`. Throws when
    /// terminfo does not know it or it cannot address the cursor.
    init(terminalType: String, inputDescriptor: Int32, outputDescriptor: Int32, wantColors: Bool,
         clearOnExit: Bool = false) throws {
        guard let output = fdopen(dup(outputDescriptor), "w") else { throw TerminalError.notATerminal }
        guard let input = fdopen(dup(inputDescriptor), "r") else {
            fclose(output)
            throw TerminalError.notATerminal
        }
        // ncurses would size its windows from the terminal's report, and
        // one that says 32768×32768 (a hostile or broken emulator) would
        // make it allocate gigabytes: it starts at terminfo's size and is
        // resized by `applyTerminalSize`, clamped.
        use_env(false)
        guard let screen = newterm(terminalType, output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.unknownTerminal(terminalType)
        }
        set_term(screen)
        guard let window = amo_stdscr(), amo_tigetstr("cup") != nil else {
            endwin()
            delscreen(screen)
            fclose(output)
            fclose(input)
            throw TerminalError.unsuitableTerminal(terminalType)
        }
        self.screen = screen
        self.window = window
        outputFile = output
        inputFile = input
        dimAvailable = (termattrs() & chtype(amo_a_dim())) != 0
        self.clearOnExit = clearOnExit
        scrollbackEraser = CursesScreen.eraser(e3: amo_tigetstr("E3").map { String(cString: $0) },
                                               clear: amo_tigetstr("clear").map { String(cString: $0) })

        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        meta(window, true)
        set_escdelay(25)
        leaveok(window, false)
        colors = false
        if wantColors, has_colors(), start_color() == OK, amo_color_pairs() >= RolePalette.pairs.count + 1 {
            let defaults = use_default_colors() == OK
            for pair in RolePalette.pairs {
                let foreground = CursesScreen.color(pair.foreground, defaultsAllowed: defaults, fallback: Int16(COLOR_WHITE))
                let background = CursesScreen.color(pair.background, defaultsAllowed: defaults, fallback: Int16(COLOR_BLACK))
                init_pair(pair.number, foreground, background)
            }
            colors = true
        }
        applyTerminalSize()
    }

    private static func color(_ color: PaletteColor, defaultsAllowed: Bool, fallback: Int16) -> Int16 {
        if color == .terminalDefault { return defaultsAllowed ? -1 : fallback }
        return color.rawValue
    }

    /// The bytes that undo full-screen mode, for the crash handler: reset
    /// attributes, show the cursor, keypad off, leave the alternate screen.
    func resetBytes() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = amo_tigetstr(capability) {
                bytes += Array(String(cString: value).utf8)
            }
        }
        bytes += Array(BidiControls.restore.utf8)
        bytes += Array("\r\n".utf8)
        if clearOnExit { bytes += exitClearBytes() }
        return bytes
    }

    /// The largest screen painted: a terminal that reports more (a 32768
    /// column one) is painted in its top-left corner, so neither ncurses
    /// nor a frame ever holds more than this many cells.
    static let maximumWidth = 640
    static let maximumHeight = 240

    /// The terminal's size as the kernel has it, clamped to the maximum;
    /// nil when it cannot be asked (ncurses keeps terminfo's).
    static func clampedSize(rows: Int, columns: Int) -> (rows: Int, columns: Int)? {
        guard rows > 0, columns > 0 else { return nil }
        return (min(rows, maximumHeight), min(columns, maximumWidth))
    }

    /// Resizes ncurses to the terminal's size, clamped; at start and after
    /// every resize (ncurses itself reads only terminfo's size, `use_env`).
    func applyTerminalSize() {
        var report = winsize()
        guard ioctl(outputDescriptor, UInt(TIOCGWINSZ), &report) == 0,
              let (rows, columns) = CursesScreen.clampedSize(rows: Int(report.ws_row), columns: Int(report.ws_col))
        else { return }
        if rows != Int(amo_getmaxy(window)) || columns != Int(amo_getmaxx(window)) {
            resize_term(Int32(rows), Int32(columns))
        }
    }

    /// The scrollback eraser: terminfo's `E3` where the entry has it, else
    /// `ESC [3J` on terminals that speak ECMA-48 (their `clear` is a CSI
    /// sequence, as `vt100`'s is): xterm, VTE, tmux and the Linux console
    /// erase the scrollback with it and an ANSI terminal that does not know
    /// it ignores it. Nil for the others: nothing is sent they could misread.
    static func eraser(e3: String?, clear: String?) -> String? {
        if let e3, !e3.isEmpty { return e3 }
        guard let clear, clear.hasPrefix("\u{1B}[") else { return nil }
        return "\u{1B}[3J"
    }

    /// `clear` (or home and erase) then the scrollback eraser, without
    /// terminfo's padding (`$<50>`), which is not for the terminal.
    func exitClearBytes() -> [UInt8] {
        let clear = amo_tigetstr("clear").map { String(cString: $0) } ?? "\u{1B}[H\u{1B}[J"
        return Array((Self.unpadded(clear) + (scrollbackEraser ?? "")).utf8)
    }

    /// A terminfo string without its delays (`$<50>`).
    static func unpadded(_ capability: String) -> String {
        var out = ""
        var rest = Substring(capability)
        while let start = rest.firstRange(of: "$<") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { return out + rest[start.lowerBound...] }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    var size: (width: Int, height: Int) {
        (max(0, Int(amo_getmaxx(window))), max(0, Int(amo_getmaxy(window))))
    }

    /// Forgets what is on screen: the next paint writes every cell and
    /// ncurses clears and redraws the whole terminal (after a resize).
    func invalidate() {
        previous = nil
        bidi.forgetRows()
        clearok(window, true)
    }

    /// Blanks the screen and erases the terminal's scrollback (`E3`, else
    /// `\e[3J`, which xterm, tmux, VTE and the Linux console understand);
    /// the next paint redraws every cell.
    func clearScrollback() {
        werase(window)
        wnoutrefresh(window)
        doupdate()
        let bytes = Array((scrollbackEraser ?? "").utf8)
        fflush(outputFile)
        _ = bytes.withUnsafeBufferPointer { write(fileno(outputFile), $0.baseAddress, $0.count) }
        invalidate()
    }

    /// Writes the cells that changed since the last frame, places the cursor,
    /// and sends it all with one `doupdate`.
    func paint(_ frame: Frame) {
        let (width, height) = size
        for change in FrameDiff.changes(from: previous, to: frame) {
            guard change.row < height, change.column < width else { continue }
            put(change.cell, row: change.row, column: change.column, screenWidth: width)
        }
        previous = frame
        // A hidden cursor is parked at the top left, so the backend knows
        // where ncurses left it after the bidi sequences below.
        var parked = (row: 0, column: 0)
        if let cursor = frame.cursor, cursor.row >= 0, cursor.row < height, cursor.column >= 0,
           cursor.column < width {
            setCursorVisible(true)
            parked = cursor
        } else {
            setCursorVisible(false)
        }
        wmove(window, Int32(parked.row), Int32(parked.column))
        wnoutrefresh(window)
        doupdate()
        send(bidi.sequences(for: frame, cursor: parked))
    }

    /// Bytes ncurses does not know about, after its own are out.
    private func send(_ text: String) {
        guard !text.isEmpty else { return }
        fflush(outputFile)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(fileno(outputFile), $0.baseAddress, $0.count) }
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    private func put(_ cell: Cell, row: Int, column: Int, screenWidth: Int) {
        let style = RolePalette.style(for: cell, colors: colors, dimAvailable: dimAvailable)
        var attributes = amo_a_normal()
        if style.attributes.contains(.bold) { attributes |= amo_a_bold() }
        if style.attributes.contains(.reverse) { attributes |= amo_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= amo_a_underline() }
        if style.attributes.contains(.dim) { attributes |= amo_a_dim() }
        var characters = CursesScreen.wideCharacters(of: cell.text, room: screenWidth - column)
        var complex = cchar_t()
        setcchar(&complex, &characters, attributes, style.colorPair, nil)
        mvwadd_wch(window, Int32(row), Int32(column), &complex)
    }

    /// The cell's scalars as a NUL-terminated `wchar_t` string ncurses
    /// accepts: a spacing character first, at most CCHARW_MAX scalars, a
    /// blank for anything that cannot be shown or does not fit.
    static func wideCharacters(of text: String, room: Int) -> [wchar_t] {
        // One printable ASCII byte (nearly every cell): itself, no scalar
        // array and no width lookup (most of the first frame's cost).
        if text.utf8.count == 1, let byte = text.utf8.first, byte >= 0x20, byte < 0x7F {
            return room >= 1 ? [wchar_t(byte), 0] : [0x20, 0]
        }
        let scalars = Array(text.unicodeScalars.prefix(Int(CCHARW_MAX)))
        guard let first = scalars.first, DisplayWidth.of(first) > 0,
              DisplayWidth.of(text) <= room,
              scalars.allSatisfy({ $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) })
        else { return [0x20, 0] }
        return scalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    /// Reads one input, waiting at most `milliseconds` (0: do not wait): a
    /// byte, or a key code ncurses recognised. Bytes, not `wget_wch`'s
    /// characters: see `UTF8Assembler` for what `wget_wch` does with a byte
    /// that is not UTF-8.
    func read(waitingAtMost milliseconds: Int32) -> RawInput? {
        wtimeout(window, milliseconds)
        let result = wgetch(window)
        switch result {
        case ERR: return nil
        case 0...0xFF: return .byte(UInt8(result))
        default: return .keyCode(result)
        }
    }

    /// Leaves curses mode: cursor visible, attributes reset, keypad off,
    /// alternate screen left, tty modes back. Safe to call twice.
    func end() {
        guard !ended else { return }
        ended = true
        if amo_tigetstr("rmcup") == nil || clearOnExit {
            // No alternate screen (vt100): the dossier would stay visible to
            // the next person at the desk, so blank it before leaving.
            werase(window)
            wnoutrefresh(window)
            doupdate()
        }
        curs_set(1)
        wattrset(window, Int32(bitPattern: amo_a_normal()))
        keypad(window, false)
        endwin()
        send(BidiControls.restore)
        if clearOnExit {
            // After endwin: what the terminal shows now (its main screen,
            // where a terminal without an alternate screen drew everything)
            // and its scrollback are erased too.
            fflush(outputFile)
            let bytes = exitClearBytes()
            _ = bytes.withUnsafeBufferPointer { write(fileno(outputFile), $0.baseAddress, $0.count) }
        }
        delscreen(screen)
        fclose(outputFile)
        fclose(inputFile)
    }
}
