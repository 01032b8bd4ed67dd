import CNcursesw
import DossierWizard

/// One thing ncurses returned: a byte of what the terminal sent (`wgetch`
/// below 256), a whole scalar (tests, and anything already decoded), or a
/// key code ncurses recognised (keypad mode).
public enum RawInput: Hashable, Sendable {
    case byte(UInt8)
    case character(UInt32)
    case keyCode(Int32)
}

/// What a burst of raw input means to the loop: an event for the program, or
/// "the terminal changed size" (the loop asks ncurses for the new size).
public enum DecodedInput: Hashable, Sendable {
    case event(Event)
    case terminalResized
}

/// Turns what ncurses reads into wizard events. Pure and stateful across one
/// burst (everything `get_wch` returned without waiting), so escape sequences
/// ncurses did not recognise can be swallowed instead of typed into a field,
/// a lone Esc answers at once, and a paste becomes one bounded event.
///
/// A string sequence (OSC `ESC ]`, DCS `ESC P`, APC `ESC _`, PM `ESC ^`,
/// SOS `ESC X`, or their C1 forms) is swallowed whole up to its terminator
/// (`ESC \`, BEL, ST): a terminal's answer to a query, or a title pasted
/// from another window, must never arrive as Esc plus letters (its `2`
/// would pick the second care sheet). Such a string ends at the end of its
/// burst, and one longer than `stringSequenceLimit` is dropped with the
/// rest of its burst, so a stray introducer cannot eat the typing after it.
/// Bytes that are not UTF-8 are counted and reported once per burst
/// (`.invalidText`), after what was typed around them, which is kept.
public struct KeyDecoder: Sendable {
    /// Longest string sequence swallowed, in scalars.
    public static let stringSequenceLimit = 4096
    /// Largest `.paste` text in UTF-8 bytes; the rest of the burst is dropped.
    public var pasteLimitBytes: Int
    /// A shorter run of text in one burst (fast typing on a slow link, a
    /// short paste) is delivered as character keys, so lists and checkboxes
    /// see keys exactly as if typed; a longer one is one `.paste` event.
    public var pasteMinimumCharacters: Int

    private enum State: Sendable {
        case ground
        case escape
        case controlSequence(String)
        case singleShift
        case linuxFunction
        /// Inside an OSC/DCS/APC/PM/SOS string, after this many scalars.
        case string(Int)
        /// Its Esc: a backslash after it ends the string.
        case stringEscape(Int)
        /// A string ran past the limit: the rest of the burst is dropped.
        case discardingBurst
    }

    private var state: State = .ground
    private var utf8 = UTF8Assembler()
    private var invalidSequences = 0
    private var text = ""
    private var textBytes = 0
    private var droppingText = false

    public init(pasteLimitBytes: Int = 64 * 1024, pasteMinimumCharacters: Int = 16) {
        self.pasteLimitBytes = max(1, pasteLimitBytes)
        self.pasteMinimumCharacters = max(2, pasteMinimumCharacters)
    }

    /// Decodes a whole burst at once: what tests and the loop use.
    public mutating func decode(burst: [RawInput]) -> [DecodedInput] {
        var output: [DecodedInput] = []
        for input in burst { output += feed(input) }
        output += endOfBurst()
        return output
    }

    /// True while the input so far is the beginning of something (half a
    /// UTF-8 character, a string sequence): the loop waits a moment for
    /// the rest before it ends the burst.
    public var awaitsMore: Bool {
        if utf8.isPending { return true }
        switch state {
        case .string, .stringEscape: return true
        case .ground, .escape, .controlSequence, .singleShift, .linuxFunction, .discardingBurst: return false
        }
    }

    /// Feeds one input; returns what it completed.
    public mutating func feed(_ input: RawInput) -> [DecodedInput] {
        switch input {
        case .byte(let byte):
            switch utf8.feed(byte) {
            case .pending:
                return []
            case .scalar(let scalar):
                return feedDecoded(.character(scalar.value))
            case .invalid(let retry):
                invalidSequences += 1
                return retry ? feed(input) : []
            }
        case .character, .keyCode:
            if utf8.abandon() { invalidSequences += 1 }
            return feedDecoded(input)
        }
    }

    private mutating func feedDecoded(_ input: RawInput) -> [DecodedInput] {
        var output: [DecodedInput] = []
        switch state {
        case .ground:
            ground(input, into: &output)
        case .escape:
            if case .character(let code) = input {
                switch code {
                case 0x5B: // [
                    state = .controlSequence("")
                    return output
                case 0x4F: // O
                    state = .singleShift
                    return output
                case 0x5D, 0x50, 0x5F, 0x5E, 0x58: // ] P _ ^ X: OSC, DCS, APC, PM, SOS
                    state = .string(0)
                    return output
                case 0x1B:
                    output.append(.event(.key(.escape)))
                    return output // stays in .escape for the second one
                default:
                    // Esc then a printable key in the same read: on a slow
                    // link that is a person who pressed Esc and typed on, not
                    // Alt plus a key (which means nothing here). Both are
                    // kept, so the letter is not lost.
                    break
                }
            }
            output.append(.event(.key(.escape)))
            state = .ground
            ground(input, into: &output)
        case .controlSequence(let parameters):
            guard case .character(let code) = input else {
                state = .ground
                ground(input, into: &output)
                return output
            }
            if parameters.isEmpty, code == 0x5B { // ESC [ [ : the Linux console's F1–F5
                state = .linuxFunction
            } else if (0x20...0x3F).contains(code) {
                if parameters.utf8.count >= 32 {
                    state = .ground // runaway sequence: drop it
                } else {
                    state = .controlSequence(parameters + String(Character(Unicode.Scalar(UInt8(code)))))
                }
            } else if (0x40...0x7E).contains(code) {
                state = .ground
                if let key = KeyDecoder.controlSequenceKey(parameters: parameters, final: UInt8(code)) {
                    output.append(.event(.key(key)))
                }
            } else {
                state = .ground
                ground(input, into: &output)
            }
        case .singleShift:
            state = .ground
            guard case .character(let code) = input else {
                ground(input, into: &output)
                return output
            }
            if let key = KeyDecoder.singleShiftKey(final: code) {
                output.append(.event(.key(key)))
            } else if !(0x20...0x7E).contains(code) {
                ground(input, into: &output)
            }
        case .linuxFunction:
            state = .ground
            if case .character(let code) = input {
                if (0x41...0x45).contains(code) { output.append(.event(.key(.function(Int(code) - 0x40)))) }
            } else {
                ground(input, into: &output)
            }
        case .string(let length), .stringEscape(let length):
            guard case .character(let code) = input else {
                // A key ncurses recognised cannot be inside a string: it ends it.
                state = .ground
                ground(input, into: &output)
                return output
            }
            if case .stringEscape = state, code == 0x5C {
                state = .ground // ESC \ : the string terminator
                return output
            }
            switch code {
            case 0x07, 0x9C, 0x18, 0x1A: // BEL, ST; CAN and SUB cancel it
                state = .ground
            case 0x1B:
                state = .stringEscape(length + 1)
            default:
                state = length + 1 >= KeyDecoder.stringSequenceLimit ? .discardingBurst : .string(length + 1)
            }
        case .discardingBurst:
            if case .keyCode = input { ground(input, into: &output) }
        }
        return output
    }

    /// Nothing more arrived right away: a pending Esc is the Esc key, pending
    /// text is delivered, a half sequence is dropped.
    public mutating func endOfBurst() -> [DecodedInput] {
        var output: [DecodedInput] = []
        flushText(into: &output)
        if case .escape = state { output.append(.event(.key(.escape))) }
        state = .ground
        if utf8.abandon() { invalidSequences += 1 }
        if invalidSequences > 0 { output.append(.event(.invalidText(count: invalidSequences))) }
        invalidSequences = 0
        return output
    }

    // MARK: - Ground state

    private mutating func ground(_ input: RawInput, into output: inout [DecodedInput]) {
        switch input {
        case .character(let code):
            if KeyDecoder.isPrintable(code), let scalar = Unicode.Scalar(code) {
                appendText(scalar)
                return
            }
            if code == 0x1B {
                flushText(into: &output)
                state = .escape
                return
            }
            if [0x90, 0x98, 0x9D, 0x9E, 0x9F].contains(code) { // DCS, SOS, OSC, PM, APC as C1 characters
                flushText(into: &output)
                state = .string(0)
                return
            }
            flushText(into: &output)
            if let key = KeyDecoder.controlKey(code) { output.append(.event(.key(key))) }
        case .byte:
            return // `feed` puts bytes together into characters before they get here
        case .keyCode(let code):
            flushText(into: &output)
            if code == KEY_RESIZE {
                output.append(.terminalResized)
            } else if let key = KeyDecoder.cursesKey(code) {
                output.append(.event(.key(key)))
            }
        }
    }

    private mutating func appendText(_ scalar: Unicode.Scalar) {
        if droppingText { return }
        let bytes = UTF8.width(scalar)
        if textBytes + bytes > pasteLimitBytes {
            droppingText = true
            return
        }
        text.unicodeScalars.append(scalar)
        textBytes += bytes
    }

    private mutating func flushText(into output: inout [DecodedInput]) {
        defer {
            text = ""
            textBytes = 0
            droppingText = false
        }
        guard !text.isEmpty else { return }
        if text.count < pasteMinimumCharacters {
            for character in text { output.append(.event(.key(.character(character)))) }
        } else {
            output.append(.event(.paste(text)))
        }
    }

    // MARK: - Tables

    /// Printable: not C0, not DEL, not C1; any letter of any script, marks included.
    static func isPrintable(_ code: UInt32) -> Bool {
        code >= 0x20 && code != 0x7F && !(0x80...0x9F).contains(code) && Unicode.Scalar(code) != nil
    }

    /// C0 controls as keys. Raw mode delivers Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-S
    /// and Ctrl-Q here instead of as signals or flow control.
    static func controlKey(_ code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(code + 0x60))))
        case 0x1C: return .control("\\")
        case 0x1D: return .control("]")
        case 0x1E: return .control("^")
        case 0x1F: return .control("_")
        default: return nil
        }
    }

    /// ncurses key codes (keypad mode), including the keypad's corner keys.
    static func cursesKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT, KEY_SLEFT: return .left
        case KEY_RIGHT, KEY_SRIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_SHOME: return .home
        case KEY_END, KEY_C1, KEY_SEND, KEY_LL: return .end
        case KEY_PPAGE, KEY_A3, KEY_SPREVIOUS: return .pageUp
        case KEY_NPAGE, KEY_C3, KEY_SNEXT: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC, KEY_SDC: return .delete
        case KEY_IC, KEY_SIC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default:
            let function = Int(code) - Int(KEY_F0)
            if (1...12).contains(function) { return .function(function) }
            return nil
        }
    }

    /// `ESC [ … final` that terminfo did not describe (a TERM that does not
    /// match the real terminal, e.g. TERM=vt100 in an xterm).
    static func controlSequenceKey(parameters: String, final: UInt8) -> Key? {
        switch final {
        case 0x41: return .up       // A (modifiers such as 1;5 ignored)
        case 0x42: return .down     // B
        case 0x43: return .right    // C
        case 0x44: return .left     // D
        case 0x48: return .home     // H
        case 0x46: return .end      // F
        case 0x5A: return .backTab  // Z
        case 0x7E: // ~
            let first = parameters.split(separator: ";").first.flatMap { Int($0) }
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 2: return .insert
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11, 12, 13, 14, 15: return .function(first! - 10)
            case 17, 18, 19, 20, 21: return .function(first! - 11)
            case 23, 24: return .function(first! - 12)
            default: return nil
            }
        default: return nil
        }
    }

    /// `ESC O final`: application cursor keys, vt100 PF1–PF4, keypad Enter.
    static func singleShiftKey(final: UInt32) -> Key? {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x4D: return .enter // keypad Enter
        case 0x50, 0x51, 0x52, 0x53: return .function(Int(final) - 0x4F) // P Q R S → F1–F4
        default: return nil
        }
    }
}
