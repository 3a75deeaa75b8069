/* Where the program's data (fonts, assets, compiled catalogs) lives. */
#ifndef MIRA_UTIL_PATHS_H
#define MIRA_UTIL_PATHS_H

#include <stddef.h>

/* Writes the data folder into out: the override when not NULL, else
 * $MIRA_DATA_DIR, else the folder above the executable's when it holds
 * fonts/ (a build tree), else the installed MIRA_DATA_DIR. */
void paths_data_dir(const char *override, char *out, size_t size);

/* Writes the compiled catalogs folder for data_dir into out: build/locale
 * in a build tree, else locale. */
void paths_locale_dir(const char *data_dir, char *out, size_t size);

/* Reads a whole file (or standard input for "-") into a NUL-terminated
 * buffer the caller frees. NULL on failure, with errno set. */
char *paths_read_file(const char *path, size_t *len);

#endif
