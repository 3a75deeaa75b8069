/* Problems found in staff-edited files (guides, contacts, catalogs), each
 * with its file and line, in words staff understand. Collected so the kiosk
 * can keep running with what is valid and show staff what to fix. */
#ifndef MIRA_UTIL_DIAG_H
#define MIRA_UTIL_DIAG_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { DIAG_ERROR, DIAG_WARNING } diag_severity;

typedef struct {
	diag_severity severity;
	char *file; /* as given, e.g. "assets/guides/interpreter.txt" */
	int line;   /* 1-based; 0 when the whole file is meant */
	char *message;
} diag;

typedef struct {
	diag *items;
	size_t count, capacity;
} diag_list;

/* Adds a message (printf format) and logs it. list may be NULL: log only. */
void diag_add(diag_list *list, diag_severity severity, const char *file, int line, const char *fmt,
              ...) __attribute__((format(printf, 5, 6)));

size_t diag_count(const diag_list *list, diag_severity severity);
void diag_clear(diag_list *list);

#endif
