#ifndef CPSEUDOTERMINAL_H
#define CPSEUDOTERMINAL_H

/* Pseudo-terminals and process control for the terminal tests, where Swift's Glibc module falls
   short: posix_openpt and the pty ioctls need _XOPEN_SOURCE/_GNU_SOURCE, POSIX_SPAWN_SETSID and
   closefrom are GNU extensions, and the wait-status macros cannot be imported. */

#include <sys/types.h>
#include <stddef.h>

/** Opens a pseudo-terminal of `rows` x `columns`: the master (close-on-exec) in *master and
    the slave's path (/dev/pts/N) in slave_path. Returns 0, or an errno value. */
int cpt_open(unsigned short rows, unsigned short columns, int *master, char *slave_path, size_t path_size);

/** Starts `path` with `argv` and `envp` as the leader of a new session whose controlling terminal
    is `slave_path`, open as its stdin, stdout and stderr; no other descriptor is inherited, the
    signal mask is empty and every signal has its default action (as a login shell would start it).
    Returns 0 and the pid in *pid, or an errno value. */
int cpt_spawn(const char *slave_path, const char *path, char *const argv[], char *const envp[], pid_t *pid);

/** Sets the terminal size (TIOCSWINSZ): the foreground process group gets SIGWINCH. 0 or errno. */
int cpt_set_size(int fd, unsigned short rows, unsigned short columns);

/** What became of a process: 0 still running, 1 exited (code in *value), 2 killed by a signal
    (number in *value), -1 error (errno in *value). `block` waits for the change. On 1 or 2,
    *cpu_microseconds holds the user + system CPU time it used in its whole life. */
int cpt_reap(pid_t pid, int block, int *value, long long *cpu_microseconds);

/** CPU time (user + system) used so far by a running process, in nanoseconds; -1 when unknown. */
long long cpt_cpu_nanoseconds(pid_t pid);

/** The session id of a process, or -1 (to find processes left behind in a test's session). */
pid_t cpt_session_of(pid_t pid);

#endif
