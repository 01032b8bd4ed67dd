#ifndef AMO_CNCURSESW_SHIM_H
#define AMO_CNCURSESW_SHIM_H
// Without these, get_wch, mvaddwstr, cchar_t and setcchar are not declared,
// and SwiftPM drops -D_XOPEN_SOURCE from pkg-config, so they live here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// ---------------------------------------------------------------------------
// Macros Swift cannot import, as functions.

static inline attr_t amo_a_normal(void) { return A_NORMAL; }
static inline attr_t amo_a_bold(void) { return A_BOLD; }
static inline attr_t amo_a_reverse(void) { return A_REVERSE; }
static inline attr_t amo_a_underline(void) { return A_UNDERLINE; }
static inline attr_t amo_a_dim(void) { return A_DIM; }
static inline int amo_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int amo_key_f(int n) { return KEY_F(n); }
static inline int amo_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int amo_getmaxx(WINDOW *w) { return getmaxx(w); }

// Swift 6 refuses C globals that are not concurrency-safe; these are read
// once, on the loop's thread.
static inline WINDOW *amo_stdscr(void) { return stdscr; }
static inline FILE *amo_stdout(void) { return stdout; }
static inline FILE *amo_stdin(void) { return stdin; }
static inline int amo_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *amo_curscr(void) { return curscr; }

/// A terminfo string capability, or NULL when the terminal lacks it
/// (tigetstr answers (char *)-1 for a name that is not a string capability).
static inline const char *amo_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == (char *)-1) return NULL;
    return value;
}

// ---------------------------------------------------------------------------
// Signal handlers. They must be async-signal-safe, so they live in C and touch
// only the static storage below. Each Swift object file that calls a static
// function of this header gets its own copy of that storage, so ONLY
// Sources/TerminalBackend/SignalGuard.swift may call the amo_guard_* functions.

// Storage lives in a function-local static: Swift emits the functions it
// calls from a header but not the header's file-scope statics.
struct amo_guard_state {
    volatile sig_atomic_t pending_signal;
    volatile sig_atomic_t have_termios;
    volatile sig_atomic_t reset_length;
    int input_fd;
    int output_fd;
    struct termios saved_termios;
    char reset_bytes[512];
};

static inline struct amo_guard_state *amo_guard(void) {
    static struct amo_guard_state state = { 0, 0, 0, 0, 1 };
    return &state;
}

/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: only remember it; the loop saves the
/// draft and restores the terminal outside the handler.
static void amo_guard_on_terminating_signal(int signo) {
    amo_guard()->pending_signal = signo;
}

/// SIGSEGV, SIGILL, SIGTRAP…: put the terminal back as the shell left it,
/// then let the default action (core, exit status) happen.
static void amo_guard_on_crash(int signo) {
    struct amo_guard_state *state = amo_guard();
    if (state->have_termios) {
        tcsetattr(state->input_fd, TCSANOW, &state->saved_termios);
    }
    if (state->reset_length > 0) {
        ssize_t ignored = write(state->output_fd, state->reset_bytes, (size_t)state->reset_length);
        (void)ignored;
    }
    raise(signo);
}

static inline int amo_guard_take_pending_signal(void) {
    int signo = amo_guard()->pending_signal;
    amo_guard()->pending_signal = 0;
    return signo;
}

static inline int amo_guard_peek_pending_signal(void) { return amo_guard()->pending_signal; }

static inline void amo_guard_set_descriptors(int input_fd, int output_fd) {
    amo_guard()->input_fd = input_fd;
    amo_guard()->output_fd = output_fd;
}

static inline int amo_guard_save_termios(void) {
    struct amo_guard_state *state = amo_guard();
    if (tcgetattr(state->input_fd, &state->saved_termios) != 0) return -1;
    state->have_termios = 1;
    return 0;
}

/// Puts back the modes saved at start, on every exit path (after endwin).
static inline int amo_guard_restore_termios(void) {
    struct amo_guard_state *state = amo_guard();
    if (!state->have_termios) return -1;
    return tcsetattr(state->input_fd, TCSANOW, &state->saved_termios);
}

static inline void amo_guard_forget_termios(void) { amo_guard()->have_termios = 0; }

/// Copies the bytes that undo full-screen mode; truncated to the buffer.
static inline void amo_guard_set_reset_bytes(const char *bytes, int length) {
    struct amo_guard_state *state = amo_guard();
    state->reset_length = 0;
    if (length < 0) length = 0;
    if (length > (int)sizeof(state->reset_bytes)) length = (int)sizeof(state->reset_bytes);
    if (length > 0) memcpy(state->reset_bytes, bytes, (size_t)length);
    state->reset_length = length;
}

typedef void (*amo_signal_handler)(int);
static inline amo_signal_handler amo_guard_terminating_handler(void) {
    return amo_guard_on_terminating_signal;
}
static inline amo_signal_handler amo_guard_crash_handler(void) { return amo_guard_on_crash; }

#endif
