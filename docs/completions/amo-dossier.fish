function __amo-dossier_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __amo-dossier_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __amo-dossier_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __amo-dossier_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __amo-dossier_parse_tokens -S
    set -l unparsed_tokens (__amo-dossier_tokens -pc)
    switch $unparsed_tokens[1]
    case 'amo-dossier'
        __amo-dossier_parse_subcommand 0 'dir=' 'lang=' 'bidi=' 'plain' 'kiosk' 'idle=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'deadline'
            __amo-dossier_parse_subcommand 0 'first-act=' 'treatment-end=' 'today=' 'json' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'check'
            __amo-dossier_parse_subcommand -r 1 'today=' 'json' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'address'
            __amo-dossier_parse_subcommand 0 'on=' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'list'
            __amo-dossier_parse_subcommand 0 'today=' 'sheet=' 'find=' 'status=' 'due=' 'late' 'mailed-on=' 'saved-on=' 'json' 'csv' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'forget'
            __amo-dossier_parse_subcommand 1 'yes' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'open'
            __amo-dossier_parse_subcommand 1 'dir=' 'lang=' 'bidi=' 'plain' 'kiosk' 'idle=' 'version' 'h/help'
        case 'summary'
            __amo-dossier_parse_subcommand -r 1 'on=' 'today=' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'mailed'
            __amo-dossier_parse_subcommand -r 1 'tracking=' 'on=' 'today=' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'reimbursed'
            __amo-dossier_parse_subcommand 1 'amount=' 'on=' 'today=' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'returned'
            __amo-dossier_parse_subcommand 1 'reason=' 'on=' 'today=' 'dir=' 'lang=' 'bidi=' 'version' 'h/help'
        case 'help'
            __amo-dossier_parse_subcommand -r 1 'version'
        end
    end
end

function __amo-dossier_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __amo-dossier_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __amo-dossier_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __amo-dossier_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__amo-dossier_tokens -p)
    if test -z "$(__amo-dossier_tokens -t)"
        set -l index (count (__amo-dossier_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'amo-dossier' -f
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" plain' -l 'plain' -d 'Ask the questions as plain numbered lines (screen readers, braille, TERM=dumb, scripts).'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" kiosk' -l 'kiosk' -d 'Shared terminal (kiosk) at the help desk: after each dossier, clear the screen, the scrollback and the draft; drafts are found again by CNIE.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" idle' -l 'idle' -d 'Kiosk: minutes without a key before the draft is put aside under the student\'s CNIE and the screen cleared (default 10).' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'deadline' -d 'The last day to mail a dossier, and the days left.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'check' -d 'Check dossier files: exit 0 all complete (warnings or not), 1 some have errors, 2 some cannot be read.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'address' -d 'The CNOPS mailing address, for the envelope.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'list' -d 'Saved dossiers, most urgent first.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'forget' -d 'Delete one student\'s saved dossiers, summaries and drafts (law 09-08).'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'open' -d 'Reopens a saved dossier in the wizard at its review; saving writes the same file and its summary again.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'summary' -d 'Writes the printable summary (.txt) of each dossier again, from its file.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'mailed' -d 'Records the day the dossier was mailed to CNOPS and the registered-mail number.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'reimbursed' -d 'Records the reimbursement of a mailed dossier: the day and the amount.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'returned' -d 'Records the return of a mailed dossier: the day and the reason.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" first-act' -l 'first-act' -d 'Date of the first medical act (YYYY-MM-DD or DD/MM/YYYY).' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" treatment-end' -l 'treatment-end' -d 'End of a continuous treatment: the time to mail runs from it.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" today' -l 'today' -d 'Count the days left from this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" json' -l 'json' -d 'Print JSON: lastMailingDay, basis, daysLeft.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier deadline" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier check" -ge 1' -F
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" today' -l 'today' -d 'Judge deadlines and dates as of this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" json' -l 'json' -d 'Print JSON: per file, file, fileIsUTF8, complete, problems (each with severity error or warning), lastMailingDay.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier address" on' -l 'on' -d 'The day of mailing (YYYY-MM-DD): the address of the edition of the rules in force that day. Default: today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier address" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier address" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier address" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier address" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier address" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" today' -l 'today' -d 'Count the days left from this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" sheet' -l 'sheet' -d 'Only dossiers on this sheet: ordinary, chronic or dental.' -rfka 'ordinary chronic dental'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" find' -l 'find' -d 'Only dossiers whose CNIE (any spacing or case) or part of whose name (ignoring case and accents: elodie finds Élodie) matches.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" status' -l 'status' -d 'Only dossiers in this status: incomplete, ready, mailed, reimbursed or returned.' -rfka 'incomplete ready mailed reimbursed returned'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" due' -l 'due' -d 'Only dossiers not yet mailed whose last mailing day is within this many days (0: today). With --late, both.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" late' -l 'late' -d 'Only dossiers not yet mailed whose last mailing day has passed.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" mailed-on' -l 'mailed-on' -d 'Only dossiers mailed on this day (YYYY-MM-DD or DD/MM/YYYY): one day\'s post. "today": today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" saved-on' -l 'saved-on' -d 'Only dossiers saved on this day (typed, fixed, or their mailing, reimbursement or return recorded): the day\'s register. "today": today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" json' -l 'json' -d 'Print one JSON document: per dossier file, status, name, cnie, sheet, total, lastMailingDay, daysLeft, daysSinceMailing, mailedOn, trackingNumber, problems, copies, sameTracking, savedOn, fileIsUTF8.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" csv' -l 'csv' -d 'Print a CSV table (RFC 4180, UTF-8, a header row) with the columns of --json, for a spreadsheet.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier forget" yes' -l 'yes' -d 'Delete without asking (needed when there is no terminal to ask on).'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier forget" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier forget" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier forget" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier forget" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier forget" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier open" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" plain' -l 'plain' -d 'Ask the questions as plain numbered lines (screen readers, braille, TERM=dumb, scripts).'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" kiosk' -l 'kiosk' -d 'Shared terminal (kiosk) at the help desk: after each dossier, clear the screen, the scrollback and the draft; drafts are found again by CNIE.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" idle' -l 'idle' -d 'Kiosk: minutes without a key before the draft is put aside under the student\'s CNIE and the screen cleared (default 10).' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier summary" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" on' -l 'on' -d 'The day (YYYY-MM-DD, DD/MM/YYYY or "today"); required by mailed, reimbursed and returned. A mailing can be neither before the first act nor after today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" today' -l 'today' -d 'Count the days left from this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier summary" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier mailed" -ge 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" tracking' -l 'tracking' -d 'Barid Al-Maghrib registered-mail number (e.g. RR123456785MA); its check digit is checked.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" on' -l 'on' -d 'The day (YYYY-MM-DD, DD/MM/YYYY or "today"); required by mailed, reimbursed and returned. A mailing can be neither before the first act nor after today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" today' -l 'today' -d 'Count the days left from this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier mailed" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier reimbursed" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" amount' -l 'amount' -d 'Amount reimbursed in dirhams (e.g. 612.80).' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" on' -l 'on' -d 'The day (YYYY-MM-DD, DD/MM/YYYY or "today"); required by mailed, reimbursed and returned. A mailing can be neither before the first act nor after today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" today' -l 'today' -d 'Count the days left from this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier reimbursed" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_positional "amo-dossier returned" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" reason' -l 'reason' -d 'Reason CNOPS gave.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" on' -l 'on' -d 'The day (YYYY-MM-DD, DD/MM/YYYY or "today"); required by mailed, reimbursed and returned. A mailing can be neither before the first act nor after today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" today' -l 'today' -d 'Count the days left from this day instead of today.' -rfka ''
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" dir' -l 'dir' -d 'Folder of saved dossiers (default: $XDG_DATA_HOME/amo-dossier/dossiers).' -rfa '(__amo-dossier_complete_directories)'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" lang' -l 'lang' -d 'Language: fr, ar or en (default: from LC_ALL, LC_MESSAGES, LANG).' -rfka 'fr ar en'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" bidi' -l 'bidi' -d 'Who reorders Arabic: app (xterm, tmux, Windows Terminal, and GNOME Terminal, which amo-dossier tells not to reorder) or terminal (mlterm, Konsole, PuTTY; GNOME Terminal too, told each line\'s direction).' -rfka 'app terminal'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" version' -l 'version' -d 'Show the version.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier returned" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'amo-dossier' -n '__amo-dossier_should_offer_completions_for_flags_or_options "amo-dossier help" version' -l 'version' -d 'Show the version.'
