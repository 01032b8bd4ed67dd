import CFriBidi

/// What GNU FriBidi says about one line: the resolved embedding level of each
/// scalar and the scalar to show for it once mirrored and shaped.
///
/// The reordering itself is left to `BidiText`, which moves whole characters
/// (grapheme clusters) instead of scalars, so a letter keeps its harakat and
/// an emoji sequence keeps its joiners and modifiers in order.
struct FriBidiAnalysis {
    /// Embedding level per scalar, after rule L1 (trailing spaces back to the
    /// paragraph level). Odd levels read right to left.
    let levels: [Int]
    /// Per scalar: the mirrored or Arabic presentation form to show, or
    /// U+FEFF where a lam-alef ligature swallowed the scalar.
    let shaped: [UInt32]
    /// Whether the paragraph resolved to right-to-left.
    let paragraphIsRightToLeft: Bool

    /// The flags of `FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC`, spelled out
    /// because Swift does not import macros that combine other macros:
    /// mirror brackets in RTL runs, keep marks after their base, drop bidi
    /// controls, shape Arabic into presentation forms and form the mandatory
    /// lam-alef ligatures.
    static let flags = FriBidiFlags(
        FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAG_REORDER_NSM | FRIBIDI_FLAG_REMOVE_SPECIALS
            | FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA
    )

    /// The filler FriBidi leaves where a ligature took two letters into one.
    static let ligatureFiller: UInt32 = 0xFEFF

    /// Nil when FriBidi fails (it only does on memory exhaustion); the caller
    /// then shows the line unchanged rather than losing it.
    init?(scalars: [UInt32], rightToLeft: Bool) {
        let count = scalars.count
        guard count > 0, count < Int(Int32.max) else { return nil }
        let length = FriBidiStrIndex(count)

        var types = [FriBidiCharType](repeating: FriBidiCharType(0), count: count)
        var brackets = [FriBidiBracketType](repeating: 0, count: count)
        var levels = [FriBidiLevel](repeating: 0, count: count)
        var joining = [FriBidiArabicProp](repeating: 0, count: count)
        var shaped = scalars
        var direction: FriBidiParType = rightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON

        fribidi_get_bidi_types(scalars, length, &types)
        fribidi_get_bracket_types(scalars, length, types, &brackets)
        let maxLevelPlusOne = fribidi_get_par_embedding_levels_ex(types, brackets, length, &direction, &levels)
        guard maxLevelPlusOne > 0 else { return nil }

        fribidi_get_joining_types(scalars, length, &joining)
        fribidi_join_arabic(types, length, levels, &joining)
        fribidi_shape(Self.flags, levels, length, &joining, &shaped)

        // Only for L1's reset of trailing whitespace; the order is computed by the caller.
        let reordered = fribidi_reorder_line(Self.flags, types, length, 0, direction, &levels, nil, nil)
        guard reordered > 0 else { return nil }

        self.levels = levels.map { Int($0) }
        self.shaped = shaped
        self.paragraphIsRightToLeft = direction == FRIBIDI_PAR_RTL
    }
}
