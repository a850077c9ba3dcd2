#ifndef CNCURSES_H
#define CNCURSES_H
/* SwiftPM drops ncursesw.pc's -D flags, which turn on the wide-character API. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>

/* A_* are macro expressions Swift cannot import. */
static const attr_t CN_A_NORMAL = A_NORMAL, CN_A_BOLD = A_BOLD, CN_A_REVERSE = A_REVERSE,
                    CN_A_UNDERLINE = A_UNDERLINE, CN_A_DIM = A_DIM, CN_A_ITALIC = A_ITALIC;
static inline int cn_key_f(int n) { return KEY_F(n); }

/* Globals become functions: Swift 6 rejects reading them directly. */
static inline int cn_colors(void) { return COLORS; }

static const mmask_t CN_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS, CN_BUTTON1_PRESSED = BUTTON1_PRESSED,
                     CN_BUTTON1_CLICKED = BUTTON1_CLICKED,
                     CN_BUTTON4_PRESSED = BUTTON4_PRESSED, CN_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* Whether TERM names a terminal that can address the cursor (not unset, unknown or dumb). */
int cn_terminal_usable(void);

/* Restores the terminal when the process dies (crash, SIGQUIT). SIGTERM, SIGHUP and SIGINT
   only ask the reader to stop (see cn_stop_signal), so it can save its place first; a
   second one while it has not stopped ends the process at once. Call after initscr. */
void cn_install_restore_handlers(void);

/* The stop signal received, or 0. */
int cn_stop_signal(void);

/* After the reader has stopped on a signal and restored the terminal: dies of that signal,
   as the process would have without the handlers. Returns at once if none was received. */
void cn_die_of_stop_signal(void);
#endif
