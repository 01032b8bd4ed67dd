#ifndef AMO_CNCURSESW_SHIM_H
#define AMO_CNCURSESW_SHIM_H
// Without these, get_wch, mvaddwstr, cchar_t and setcchar are not declared,
// and SwiftPM drops -D_XOPEN_SOURCE from pkg-config, so they live here.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
