/* The curses session and everything that must restore the terminal when the program cannot.

   Signal handlers here call only async-signal-safe functions (write, tcsetattr, sigaction, raise,
   _exit, alarm, pipe, dup2, close). They do not call endwin(), which is not safe from a signal:
   the bytes that leave the program screen are prepared in advance (from terminfo, padding
   removed) and written with one write(). */

#define _GNU_SOURCE /* mkostemp */
#include "shim.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#define EXIT_SEQUENCE_CAPACITY 512
#define ALT_STACK_SIZE (64 * 1024)

static SCREEN *session_screen;
static FILE *session_out;
static FILE *session_in;
/* The descriptor curses writes to (a duplicate of stdout), so a handler can silence it. */
static volatile sig_atomic_t curses_output_fd = -1;
static int default_colors;
static int exit_handler_registered;

/* The terminal modes found at start (and again after each ctrl-Z / fg). */
static struct termios shell_modes;
static volatile sig_atomic_t shell_modes_saved;
/* 1 while the terminal is in program mode, so a handler must restore it before the process ends. */
static volatile sig_atomic_t program_mode;
/* The mouse events asked for (0: reporting off), asked for again after fg. */
static mmask_t mouse_events;
static volatile sig_atomic_t crashing;
/* The terminating signal received, if any: the program is winding down. */
static volatile sig_atomic_t termination_signal;
/* Seconds the program has to wind down after a terminating signal before SIGALRM ends it. */
#define TERMINATION_DEADLINE_SECONDS 2

/* Two buffers, so a resize can rebuild one while a handler may be reading the other. */
static char exit_sequences[2][EXIT_SEQUENCE_CAPACITY];
static size_t exit_sequence_lengths[2];
static volatile sig_atomic_t exit_sequence_current;

static const int terminating_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* What each signal did before the session, to chain to (crashes) and to put back (close). */
static struct sigaction previous_actions[NSIG];
static int handler_installed[NSIG];
static struct sigaction previous_sigpipe;

static char alt_stack[ALT_STACK_SIZE] __attribute__((aligned(16)));

/* While the screen is up, stderr (when it is the terminal) goes to an unlinked temporary file, so
   a library warning or the Swift runtime's "Fatal error: …" cannot smear the screen or vanish
   with the alternate screen; it is written to the real stderr once the terminal is restored. */
static volatile sig_atomic_t stderr_held;
static int real_stderr = -1;
static int held_stderr = -1;
#define STDERR_REPLAY_LIMIT (16 * 1024)

/* ---- Async-signal-safe helpers ---- */

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

static void write_text(int fd, const char *text) {
    write_all(fd, text, strlen(text));
}

/* Points curses' output descriptor at /dev/null: if the signal interrupted a frame half-way, the
   rest of it must not land on the restored screen (or switch the alternate screen back on). */
static void silence_curses(void) {
    if (curses_output_fd < 0) return;
    int null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null_fd < 0) return;
    dup2(null_fd, curses_output_fd);
    close(null_fd);
}

/* Leaves the program screen and puts the shell's terminal modes back. Safe in a signal handler. */
static void restore_terminal_from_signal(void) {
    if (!program_mode) return;
    program_mode = 0;
    int current = exit_sequence_current;
    write_all(STDOUT_FILENO, exit_sequences[current], exit_sequence_lengths[current]);
    if (shell_modes_saved) tcsetattr(STDOUT_FILENO, TCSANOW, &shell_modes);
}

/* Puts the real stderr back and writes to it what was held (the last 16 KiB). Signal-safe. */
static void release_stderr(void) {
    if (!stderr_held) return;
    stderr_held = 0;
    dup2(real_stderr, STDERR_FILENO);
    off_t end = lseek(held_stderr, 0, SEEK_END);
    off_t position = end > STDERR_REPLAY_LIMIT ? end - STDERR_REPLAY_LIMIT : 0;
    char chunk[1024];
    ssize_t count;
    while (end > 0 && (count = pread(held_stderr, chunk, sizeof chunk, position)) > 0) {
        write_all(STDERR_FILENO, chunk, (size_t)count);
        position += count;
    }
    close(held_stderr);
    close(real_stderr);
    held_stderr = -1;
    real_stderr = -1;
}

static void hold_stderr(void) {
    if (stderr_held || !isatty(STDERR_FILENO)) return;
    const char *directory = getenv("TMPDIR");
    char path[4096];
    if (directory == NULL || directory[0] == '\0' || strlen(directory) > sizeof path - 32) directory = "/tmp";
    snprintf(path, sizeof path, "%s/earshot-stderr-XXXXXX", directory);
    int file = mkostemp(path, O_CLOEXEC);
    if (file < 0) return;
    unlink(path);
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (saved < 0 || dup2(file, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(file);
        return;
    }
    real_stderr = saved;
    held_stderr = file;
    stderr_held = 1;
}

static void set_default_action(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal_number, &action, NULL);
}

static const char *signal_name(int signal_number) {
    switch (signal_number) {
    case SIGSEGV: return "SIGSEGV, a bad memory access";
    case SIGBUS: return "SIGBUS, a bad memory access";
    case SIGILL: return "SIGILL, a Swift runtime trap";
    case SIGTRAP: return "SIGTRAP, a Swift runtime trap";
    case SIGFPE: return "SIGFPE, an arithmetic error";
    case SIGABRT: return "SIGABRT, an abort";
    default: return "a fatal signal";
    }
}

/* SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore the terminal at once, then let the program wind down
   (the input side reports a hangup; temporary files and drafts get their chance) under a deadline:
   SIGALRM's default action ends the process if it has not exited 2 s later, also when a write to
   a stalled link blocks. A second terminating signal ends it at once. The exit status is 128+n. */
static void on_terminating_signal(int signal_number) {
    set_default_action(SIGALRM);
    alarm(TERMINATION_DEADLINE_SECONDS);
    silence_curses();
    restore_terminal_from_signal();
    release_stderr();
    if (termination_signal != 0 || session_screen == NULL) _exit(128 + signal_number);
    termination_signal = signal_number;
}

/* The Swift backtracer decided at process start (stdin and stdout were terminals) to print to
   stdout and then wait 30 s for a key. Give it a stdin holding one key ('q': quit at once) and
   make its stdout our stderr, so its report lands after the restored screen and nothing waits. */
static void hand_stdio_to_crash_reporter(void) {
    int pipe_fds[2];
    if (pipe(pipe_fds) == 0) {
        write_all(pipe_fds[1], "q", 1);
        close(pipe_fds[1]);
        dup2(pipe_fds[0], STDIN_FILENO);
        close(pipe_fds[0]);
    }
    if (fcntl(STDERR_FILENO, F_GETFD) != -1) dup2(STDERR_FILENO, STDOUT_FILENO);
}

static int chains_to_handler(const struct sigaction *action) {
    if (action->sa_flags & SA_SIGINFO) return action->sa_sigaction != NULL;
    return action->sa_handler != SIG_DFL && action->sa_handler != SIG_IGN;
}

/* Crashes: restore first, say so in one line, let the previous handler (the Swift backtracer)
   report, then die of the same signal with its default action. */
static void on_crash_signal(int signal_number, siginfo_t *info, void *context) {
    if (crashing) {
        set_default_action(signal_number);
        return; /* a second crashing thread: the fault repeats and the default action ends us */
    }
    crashing = 1;
    int restored = program_mode;
    silence_curses();
    restore_terminal_from_signal();
    struct sigaction previous = previous_actions[signal_number];
    int chain = chains_to_handler(&previous);
    if (restored) {
        int held = stderr_held;
        if (held) dup2(real_stderr, STDERR_FILENO);
        write_text(STDERR_FILENO, "earshot: crashed (");
        write_text(STDERR_FILENO, signal_name(signal_number));
        write_text(STDERR_FILENO, chain ? "); the terminal was restored; crash report follows.\n"
                                        : "); the terminal was restored.\n");
        release_stderr();
    }
    if (chain) {
        hand_stdio_to_crash_reporter();
        sigaction(signal_number, &previous, NULL);
        if (previous.sa_flags & SA_SIGINFO) {
            previous.sa_sigaction(signal_number, info, context);
        } else {
            previous.sa_handler(signal_number);
        }
    }
    set_default_action(signal_number);
    /* Blocked until this handler returns, then fatal; a hardware fault would also repeat. */
    raise(signal_number);
}

/* ---- Handlers: install after newterm (ncurses installs its own where it finds SIG_DFL) ---- */

static void save_previous_actions(void) {
    for (size_t i = 0; i < COUNT(terminating_signals); i++) {
        sigaction(terminating_signals[i], NULL, &previous_actions[terminating_signals[i]]);
    }
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        sigaction(crash_signals[i], NULL, &previous_actions[crash_signals[i]]);
    }
}

static void ensure_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE) && current.ss_sp != NULL) {
        return; /* the Swift runtime already set one up for this thread */
    }
    stack_t stack;
    stack.ss_sp = alt_stack;
    stack.ss_size = sizeof alt_stack;
    stack.ss_flags = 0;
    sigaltstack(&stack, NULL);
}

static void install_handlers(void) {
    ensure_alternate_stack();

    struct sigaction terminate;
    memset(&terminate, 0, sizeof terminate);
    terminate.sa_handler = on_terminating_signal;
    sigemptyset(&terminate.sa_mask);
    for (size_t i = 0; i < COUNT(terminating_signals); i++) sigaddset(&terminate.sa_mask, terminating_signals[i]);
    for (size_t i = 0; i < COUNT(terminating_signals); i++) {
        int signal_number = terminating_signals[i];
        /* An ignored SIGINT/SIGQUIT/SIGHUP was ignored on purpose (nohup, a background job);
           a lost terminal is then noticed by the input side. SIGTERM always ends the program. */
        if (signal_number != SIGTERM && previous_actions[signal_number].sa_handler == SIG_IGN
            && !(previous_actions[signal_number].sa_flags & SA_SIGINFO)) {
            continue;
        }
        if (sigaction(signal_number, &terminate, NULL) == 0) handler_installed[signal_number] = 1;
    }

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_sigaction = on_crash_signal;
    crash.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&crash.sa_mask);
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        if (sigaction(crash_signals[i], &crash, NULL) == 0) handler_installed[crash_signals[i]] = 1;
    }

    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &previous_sigpipe);
}

static void uninstall_handlers(void) {
    for (int signal_number = 1; signal_number < NSIG; signal_number++) {
        if (!handler_installed[signal_number]) continue;
        sigaction(signal_number, &previous_actions[signal_number], NULL);
        handler_installed[signal_number] = 0;
    }
    sigaction(SIGPIPE, &previous_sigpipe, NULL);
}

/* ---- The exit sequence: what endwin would send, prepared for a signal handler ---- */

/* Appends a terminfo string without its padding ("$<5>"), which only tputs understands. */
static void append_capability(char *buffer, size_t *length, const char *capability) {
    if (capability == NULL || capability == (const char *)-1) return;
    for (const char *p = capability; *p != '\0'; p++) {
        if (p[0] == '$' && p[1] == '<') {
            const char *end = strchr(p, '>');
            if (end != NULL) {
                p = end;
                continue;
            }
        }
        if (*length + 1 >= EXIT_SEQUENCE_CAPACITY) return;
        buffer[(*length)++] = *p;
    }
}

static const char *capability(const char *name) {
    return tigetstr((char *)name);
}

/* What ncurses sends to stop mouse reporting: terminfo's XM with 0, else xterm's private mode. */
static void append_mouse_off(char *buffer, size_t *length) {
    const char *mode = capability("XM");
    if (mode != NULL && mode != (const char *)-1) {
        append_capability(buffer, length, tiparm(mode, 0));
    } else {
        append_capability(buffer, length, "\033[?1000l");
    }
}

void cnc_session_refresh_exit_sequence(void) {
    if (session_screen == NULL) return;
    int next = 1 - exit_sequence_current;
    char *buffer = exit_sequences[next];
    size_t length = 0;
    /* CAN ends an escape sequence the program may have been interrupted in the middle of. */
    append_capability(buffer, &length, "\030");
    append_capability(buffer, &length, capability("sgr0"));
    /* The whole screen scrolls again, or the shell's output stops scrolling (see reset_scroll_region). */
    const char *scroll_region = capability("csr");
    if (scroll_region != NULL && scroll_region != (const char *)-1 && LINES > 0) {
        append_capability(buffer, &length, tiparm(scroll_region, 0, LINES - 1));
    }
    const char *cursor_address = capability("cup");
    if (cursor_address != NULL && cursor_address != (const char *)-1 && LINES > 0) {
        append_capability(buffer, &length, tiparm(cursor_address, LINES - 1, 0));
    }
    append_capability(buffer, &length, capability("rmkx"));
    if (mouse_events != 0) append_mouse_off(buffer, &length);
    append_capability(buffer, &length, capability("cnorm"));
    append_capability(buffer, &length, capability("rmcup"));
    exit_sequence_lengths[next] = length;
    exit_sequence_current = next;
}

/* ---- The scroll region ---- */

/* Sets the terminal's scroll region to all of its `rows` rows.

   curses sets the region when it enters the program screen and never again: after a resize
   (SIGWINCH, or a size that changed while the program was stopped and that the terminal applied
   only after fg) the terminal may keep a region of the old height. xterm and tmux keep it across
   the alternate screen, so once the program has left, the shell's output no longer scrolls below
   the old height (each new line overwrites the last one).

   The bytes are written straight to the terminal: curses' putp would leave them in a stdio
   buffer that is only flushed after the screen has been left. Setting the region homes the cursor
   on most terminals, which is harmless here: endwin places the cursor absolutely, and after a
   resize curses repaints the whole screen from a clear. */
static void reset_scroll_region(int rows) {
    const char *scroll_region = capability("csr");
    if (scroll_region == NULL || scroll_region == (const char *)-1 || rows <= 0) return;
    char bytes[EXIT_SEQUENCE_CAPACITY];
    size_t length = 0;
    append_capability(bytes, &length, tiparm(scroll_region, 0, rows - 1));
    write_all(STDOUT_FILENO, bytes, length);
}

/* The terminal's rows as the tty reports them now (LINES when it cannot tell). */
static int terminal_rows(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
    return LINES;
}

void cnc_session_resized(void) {
    if (session_screen == NULL || !program_mode) return;
    reset_scroll_region(LINES);
    cnc_session_refresh_exit_sequence();
}

/* ---- The session ---- */

static FILE *open_stream(int fd, const char *mode) {
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (copy < 0) return NULL;
    FILE *stream = fdopen(copy, mode);
    if (stream == NULL) close(copy);
    return stream;
}

static void close_streams(void) {
    if (session_out != NULL) fclose(session_out);
    if (session_in != NULL) fclose(session_in);
    session_out = NULL;
    session_in = NULL;
}

static void close_at_exit(void) {
    cnc_session_close();
    if (termination_signal != 0) {
        /* Killed, even if the program wound down cleanly: say so in the status, as the shell expects. */
        fflush(NULL);
        _exit(128 + termination_signal);
    }
}

int cnc_session_open(int escape_delay_ms) {
    if (session_screen != NULL) return CNC_SESSION_ALREADY_OPEN;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return CNC_SESSION_NOT_A_TERMINAL;
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == '\0') return CNC_SESSION_NO_TERM;

    /* Before curses: without it CJK and emoji vanish and borders turn into "lqqk". */
    setlocale(LC_ALL, "");
    shell_modes_saved = tcgetattr(STDOUT_FILENO, &shell_modes) == 0;

    session_out = open_stream(STDOUT_FILENO, "w");
    session_in = open_stream(STDIN_FILENO, "r");
    if (session_out == NULL || session_in == NULL) {
        close_streams();
        return CNC_SESSION_NOT_A_TERMINAL;
    }
    save_previous_actions();
    /* newterm, not initscr: initscr exits the process when TERM is unknown. */
    SCREEN *screen = newterm(term, session_out, session_in);
    if (screen == NULL) {
        close_streams();
        return CNC_SESSION_UNKNOWN_TERM;
    }
    session_screen = screen;
    curses_output_fd = fileno(session_out);
    set_term(screen);
    program_mode = 1;
    install_handlers();
    hold_stderr();

    raw();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    leaveok(stdscr, TRUE);
    curs_set(0);
    set_escdelay(escape_delay_ms);
    default_colors = 0;
    if (has_colors() && start_color() == OK) default_colors = use_default_colors() == OK;
    cnc_session_refresh_exit_sequence();

    if (!exit_handler_registered) {
        atexit(close_at_exit);
        exit_handler_registered = 1;
    }
    return CNC_SESSION_OK;
}

void cnc_session_close(void) {
    if (session_screen == NULL) return;
    if (program_mode) {
        reset_scroll_region(terminal_rows());
        endwin();
        if (shell_modes_saved) tcsetattr(STDOUT_FILENO, TCSADRAIN, &shell_modes);
        program_mode = 0;
    }
    release_stderr();
    uninstall_handlers();
    delscreen(session_screen);
    session_screen = NULL;
    curses_output_fd = -1;
    close_streams();
}

int cnc_session_is_open(void) {
    return session_screen != NULL;
}

int cnc_session_termination_signal(void) {
    return termination_signal;
}

int cnc_session_has_default_colors(void) {
    return default_colors;
}

int cnc_session_leave(void) {
    if (session_screen == NULL || !program_mode || termination_signal != 0) return 0;
    reset_scroll_region(terminal_rows());
    endwin();
    if (shell_modes_saved) tcsetattr(STDOUT_FILENO, TCSADRAIN, &shell_modes);
    program_mode = 0;
    release_stderr();
    return 1;
}

void cnc_session_suspend(void) {
    if (!cnc_session_leave()) return;

    /* SIGTSTP with its default action, not SIGSTOP: in an orphaned process group (no job
       control to resume us) the kernel discards SIGTSTP, and we simply carry on. */
    struct sigaction stop, previous_stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, &previous_stop);
    sigset_t tstp, previous_mask;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &previous_mask);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &previous_mask, NULL);
    sigaction(SIGTSTP, &previous_stop, NULL);
    cnc_session_return();
}

void cnc_session_return(void) {
    /* A terminating signal while away restored the terminal for good: stay left. */
    if (session_screen == NULL || program_mode || termination_signal != 0) return;
    /* Back after fg (or the other program). The shell may have changed the modes meanwhile:
       those are what to restore. */
    shell_modes_saved = tcgetattr(STDOUT_FILENO, &shell_modes) == 0;
    /* A resize while stopped sent SIGWINCH to the shell, not to us: ask the terminal. */
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0
        && (size.ws_row != LINES || size.ws_col != COLS)) {
        resizeterm(size.ws_row, size.ws_col);
    }
    program_mode = 1;
    hold_stderr();
    if (mouse_events != 0) mousemask(mouse_events, NULL);
    clearok(curscr, TRUE);
    wnoutrefresh(stdscr);
    doupdate();
    curs_set(0);
    cnc_session_refresh_exit_sequence();
}

int cnc_session_set_mouse(int enabled) {
    if (session_screen == NULL) return 0;
    mmask_t wanted = enabled ? (BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0;
    mmask_t granted = mousemask(wanted, NULL);
    /* No click delay: a press is reported at once, not after waiting to see if it is a double click. */
    mouseinterval(0);
    mouse_events = granted;
    cnc_session_refresh_exit_sequence();
    return enabled ? granted != 0 : 1;
}

int cnc_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return CNC_MOUSE_NONE;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return CNC_MOUSE_WHEEL_UP;
    if (event.bstate & BUTTON5_PRESSED) return CNC_MOUSE_WHEEL_DOWN;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return CNC_MOUSE_CLICK;
    return CNC_MOUSE_NONE;
}

int cnc_session_write_raw(const unsigned char *bytes, size_t length) {
    if (session_screen == NULL || !program_mode || session_out == NULL) return 0;
    fflush(session_out);
    size_t written = 0;
    while (written < length) {
        ssize_t n = write(fileno(session_out), bytes + written, length - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        written += (size_t)n;
    }
    return 1;
}

int cnc_input_is_gone(void) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    int ready = poll(&input, 1, 0);
    if (ready < 0) return errno == EBADF;
    if (input.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    /* After a hangup most tty ioctls fail with EIO, so the tty no longer looks like one. */
    return !isatty(STDIN_FILENO);
}

int cnc_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}
