#include "CNCurses.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static struct sigaction previous[NSIG];
static volatile sig_atomic_t restored = 0;

static void restore_terminal(void) {
  if (!restored) {
    restored = 1;
    if (!isendwin()) endwin();
  }
}

/* Swift traps raise SIGILL/SIGTRAP: restore, then chain to the backtracer or the default. */
static void on_fault(int sig) {
  restore_terminal();
  sigaction(sig, &previous[sig], NULL);
  if (sig == SIGABRT) raise(sig);
}

static void on_terminate(int sig) {
  restore_terminal();
  signal(sig, SIG_DFL);
  raise(sig);
}

static volatile sig_atomic_t stop_requested = 0;

/* The first stop signal is a request the input loop sees within its timeout (and the read
   it interrupts returns at once); a second means the reader did not stop: die now. */
static void on_stop(int sig) {
  if (stop_requested) on_terminate(sig);
  stop_requested = sig;
}

int cn_stop_signal(void) { return stop_requested; }

void cn_die_of_stop_signal(void) {
  if (!stop_requested) return;
  on_terminate(stop_requested);
}

#include <term.h>
#include <stdlib.h>

int cn_terminal_usable(void) {
  const char *name = getenv("TERM");
  if (name == NULL || name[0] == '\0') return 0;
  int err = 0;
  if (setupterm((char *)name, 1, &err) != OK) return 0;
  int usable = tigetstr("cup") != NULL && tigetstr("cup") != (char *)-1;
  del_curterm(cur_term);
  return usable;
}

/* A parent may hand us a blocked signal mask (some process launchers do): unblock the
   signals curses relies on, or resizes and Ctrl-Z would never arrive. */
static void unblock_terminal_signals(void) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGWINCH);
  sigaddset(&set, SIGTSTP);
  sigaddset(&set, SIGCONT);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void cn_install_restore_handlers(void) {
  unblock_terminal_signals();
  static const int faults[] = {SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGTRAP, SIGABRT};
  /* SIGINT too: Ctrl-C quits even when a launcher left it ignored. */
  static const int stops[] = {SIGTERM, SIGHUP, SIGINT};
  static const int terms[] = {SIGQUIT};
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_ONSTACK;
  sa.sa_handler = on_fault;
  for (size_t i = 0; i < sizeof faults / sizeof *faults; i++) sigaction(faults[i], &sa, &previous[faults[i]]);
  sa.sa_handler = on_terminate;
  for (size_t i = 0; i < sizeof terms / sizeof *terms; i++) sigaction(terms[i], &sa, &previous[terms[i]]);
  sa.sa_handler = on_stop;
  for (size_t i = 0; i < sizeof stops / sizeof *stops; i++) sigaction(stops[i], &sa, &previous[stops[i]]);
}
