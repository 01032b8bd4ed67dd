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
#include <pthread.h>
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
// Signal handling state. Handlers must be async-signal-safe, so what they do
// is written here in C. There is no storage in this header: Swift does not
// emit a header's file-scope statics, and copies a header's static functions
// (with their local statics) into every object file that uses them — in a
// release build, into every file the optimizer inlines a caller into. The one
// state lives in memory SignalGuard.swift allocates once and passes in.

struct amo_guard_state {
    volatile sig_atomic_t pending_signal;
    volatile sig_atomic_t have_termios;
    volatile sig_atomic_t reset_length;
    volatile sig_atomic_t grace_armed;
    volatile sig_atomic_t resized;
    int input_fd;
    int output_fd;
    /// The descriptor ncurses writes to and drains (its own dup of the
    /// output), -1 when none; `null_fd` is /dev/null, opened beforehand.
    int silence_fd;
    int null_fd;
    /// How long output may block once asked to end, in seconds.
    unsigned grace_seconds;
    pthread_t loop_thread;
    struct termios saved_termios;
    char reset_bytes[512];
};

/// SIGINT, SIGTERM, SIGHUP, SIGQUIT: remember it, so the loop saves the
/// draft and restores the terminal outside the handler; and arm a timer,
/// once: should the terminal have stopped reading (a frozen SSH link),
/// the loop is stuck in a write that would never end.
static inline void amo_guard_record_signal(struct amo_guard_state *state, int signo) {
    state->pending_signal = signo;
    if (!state->grace_armed && state->silence_fd >= 0) {
        state->grace_armed = 1;
        alarm(state->grace_seconds);
    }
}

/// SIGWINCH: remember it; the loop asks the kernel for the size itself
/// and clamps it (ncurses' own handler, left out, would size its windows
/// from whatever the terminal claims).
static inline void amo_guard_record_resize(struct amo_guard_state *state) {
    state->resized = 1;
}

static inline int amo_guard_take_resize(struct amo_guard_state *state) {
    int resized = state->resized;
    state->resized = 0;
    return resized;
}

/// SIGALRM after a terminating signal: the output still has not drained.
/// /dev/null takes the place of ncurses' descriptor, so the blocked write
/// (restarted after this handler) and the drain before the modes are reset
/// finish at once; the modes themselves are reset on the input descriptor.
/// The handler may run on another thread than the loop's, whose write
/// is then woken by the same signal sent to it.
static inline void amo_guard_silence_output(struct amo_guard_state *state) {
    if (state->silence_fd < 0 || state->null_fd < 0) return;
    dup2(state->null_fd, state->silence_fd);
    if (!pthread_equal(pthread_self(), state->loop_thread)) {
        pthread_kill(state->loop_thread, SIGALRM);
    }
}

/// SIGSEGV, SIGILL, SIGTRAP…: put the terminal back as the shell left it,
/// then let the default action (core, exit status) happen. Only
/// async-signal-safe calls: tcsetattr, write, raise.
static inline void amo_guard_restore_after_crash(struct amo_guard_state *state, int signo) {
    if (state->have_termios) {
        tcsetattr(state->input_fd, TCSANOW, &state->saved_termios);
    }
    if (state->reset_length > 0) {
        ssize_t ignored = write(state->output_fd, state->reset_bytes, (size_t)state->reset_length);
        (void)ignored;
    }
    raise(signo);
}

static inline int amo_guard_take_pending_signal(struct amo_guard_state *state) {
    int signo = state->pending_signal;
    state->pending_signal = 0;
    return signo;
}

static inline int amo_guard_peek_pending_signal(struct amo_guard_state *state) {
    return state->pending_signal;
}

static inline int amo_guard_save_termios(struct amo_guard_state *state) {
    if (tcgetattr(state->input_fd, &state->saved_termios) != 0) return -1;
    state->have_termios = 1;
    return 0;
}

/// Puts back the modes saved at start, on every exit path (after endwin).
static inline int amo_guard_restore_termios(struct amo_guard_state *state) {
    if (!state->have_termios) return -1;
    return tcsetattr(state->input_fd, TCSANOW, &state->saved_termios);
}

/// Copies the bytes that undo full-screen mode; truncated to the buffer.
static inline void amo_guard_set_reset_bytes(struct amo_guard_state *state, const char *bytes, int length) {
    state->reset_length = 0;
    if (length < 0) length = 0;
    if (length > (int)sizeof(state->reset_bytes)) length = (int)sizeof(state->reset_bytes);
    if (length > 0) memcpy(state->reset_bytes, bytes, (size_t)length);
    state->reset_length = length;
}

#endif
