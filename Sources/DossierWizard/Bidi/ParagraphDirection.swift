/// The direction a terminal that follows the bidi recommendation (VTE) is
/// told for one row with `CSI 1 SP k` / `CSI 2 SP k`.
///
/// With `BidiMode.app` every row is declared left to right, since the
/// program has already put an Arabic row into visual order and a terminal
/// that mirrored it again would undo that. With `BidiMode.terminal` an Arabic
/// screen's rows are right to left: the terminal reorders them itself and
/// must not guess the direction from the first letter (a title starting
/// with "amo-dossier", an empty field, a CNIE).
public enum ParagraphDirection: Sendable, Hashable {
    case leftToRight
    case rightToLeft
}
