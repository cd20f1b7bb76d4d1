#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* Wide-character curses. The define must sit here, in the header Swift imports: a cSetting would
   not reach Swift's importer, and pkg-config's -D_XOPEN_SOURCE flags are dropped by SwiftPM. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

/* ---- Macros and mutable C globals, as functions: Swift cannot import the macros, and Swift 6
        rejects reading curses' globals (stdscr, LINES…) as not concurrency-safe. ---- */

static inline attr_t cnc_a_normal(void)    { return A_NORMAL; }
static inline attr_t cnc_a_bold(void)      { return A_BOLD; }
static inline attr_t cnc_a_dim(void)       { return A_DIM; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_reverse(void)   { return A_REVERSE; }
static inline attr_t cnc_a_italic(void)    { return A_ITALIC; }
static inline int    cnc_key_f(int n)      { return KEY_F(n); }
static inline WINDOW *cnc_stdscr(void)     { return stdscr; }
static inline WINDOW *cnc_curscr(void)     { return curscr; }
static inline int    cnc_lines(void)       { return LINES; }
static inline int    cnc_cols(void)        { return COLS; }
static inline int    cnc_colors(void)      { return COLORS; }
static inline int    cnc_color_pairs(void) { return COLOR_PAIRS; }

/* ---- The terminal session: start, stop, suspend, and restoring the terminal from signals. ----
   One session at a time (curses has one screen here). Everything the signal handlers need lives
   in session.c, so it exists once and is ready before a handler can run. */

/* What cnc_session_open returns. */
#define CNC_SESSION_OK 0
/* stdin or stdout is not a terminal. */
#define CNC_SESSION_NOT_A_TERMINAL 1
/* TERM is unset or empty. */
#define CNC_SESSION_NO_TERM 2
/* newterm failed: no terminfo entry for TERM. */
#define CNC_SESSION_UNKNOWN_TERM 3
/* A session is already open in this process. */
#define CNC_SESSION_ALREADY_OPEN 4

/** Starts curses on stdin/stdout: locale, saved termios, newterm, modes, colours, signal handlers.
    While the session is open, stderr (when it is a terminal) is held in a temporary file and
    written out once the terminal is restored, so nothing printed to it can smear the screen.
    Returns CNC_SESSION_OK or one of the codes above; on failure the terminal is left untouched. */
int cnc_session_open(int escape_delay_ms);

/** Ends the session: endwin, the saved termios back, previous signal handlers back. Idempotent. */
void cnc_session_close(void);

/** 1 while a session is open (also while suspended). */
int cnc_session_is_open(void);

/** The terminating signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received during the session, or 0.
    Its handler has already restored the terminal; the program has 2 s to wind down and exit
    (SIGALRM ends it otherwise), and its exit status will be 128 + the signal. */
int cnc_session_termination_signal(void);

/** 1 when use_default_colors succeeded, so colour -1 means the terminal's own colour. */
int cnc_session_has_default_colors(void);

/** Gives the terminal back to the shell and stops the process (SIGTSTP); on return (fg) the
    program screen is back, resized to the terminal's current size and fully repainted. */
void cnc_session_suspend(void);

/** Leaves the program screen for another program (an editor) without stopping: the terminal is
    as the shell left it. Returns 1 when it left, 0 when there was no screen to leave. */
int cnc_session_leave(void);

/** Comes back after cnc_session_leave (or SIGTSTP): modes saved anew, size asked, screen
    repainted. Does nothing after a terminating signal: the terminal stays restored. */
void cnc_session_return(void);

/** Rebuilds the bytes a signal handler writes to leave the screen (call after a resize). */
void cnc_session_refresh_exit_sequence(void);

/** Call on KEY_RESIZE: sets the terminal's scroll region to the new height (curses does not, and
    a region of the old height left behind stops the shell's output from scrolling after exit),
    and rebuilds the exit sequence. The next frame must be a full repaint, as curses makes it. */
void cnc_session_resized(void);

/** 1 when the input side is gone: the tty hung up, was closed, or is no longer a terminal. */
int cnc_input_is_gone(void);

/* What cnc_read_mouse found. */
#define CNC_MOUSE_NONE 0
#define CNC_MOUSE_CLICK 1
#define CNC_MOUSE_WHEEL_UP 2
#define CNC_MOUSE_WHEEL_DOWN 3

/** Switches reporting of button-1 presses and wheel turns on (1) or off (0). Returns 1 when the
    terminal reports them (or when switching off), 0 when it cannot. While on, the exit sequence
    a signal handler writes also switches the terminal's mouse reporting off. */
int cnc_session_set_mouse(int enabled);

/** After KEY_MOUSE: one of the CNC_MOUSE_ codes, with the cell in *x and *y. */
int cnc_read_mouse(int *x, int *y);

/** Writes `length` bytes straight to the terminal, after what curses has buffered; for sequences
    curses knows nothing of (the OSC 52 clipboard). Returns 1 when all were written. */
int cnc_session_write_raw(const unsigned char *bytes, size_t length);

/** 1 when LC_CTYPE's codeset is UTF-8. */
int cnc_locale_is_utf8(void);

#endif
