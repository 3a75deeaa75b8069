#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

void diag_add(diag_list *list, diag_severity severity, const char *file, int line, const char *fmt,
              ...)
{
	char msg[1024], where[1100];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (line > 0)
		snprintf(where, sizeof where, "%s:%d", file, line);
	else
		snprintf(where, sizeof where, "%s", file);
	log_message(severity == DIAG_ERROR ? LOG_LEVEL_ERROR : LOG_LEVEL_WARN, "%s: %s", where,
	            msg);
	if (!list)
		return;
	if (list->count == list->capacity) {
		size_t cap = list->capacity ? list->capacity * 2 : 16;
		diag *p = realloc(list->items, cap * sizeof *p);

		if (!p)
			return;
		list->items = p;
		list->capacity = cap;
	}
	list->items[list->count] = (diag){severity, strdup(file), line, strdup(msg)};
	list->count++;
}

size_t diag_count(const diag_list *list, diag_severity severity)
{
	size_t n = 0;

	for (size_t i = 0; list && i < list->count; i++)
		n += list->items[i].severity == severity;
	return n;
}

void diag_clear(diag_list *list)
{
	if (!list)
		return;
	for (size_t i = 0; i < list->count; i++) {
		free(list->items[i].file);
		free(list->items[i].message);
	}
	free(list->items);
	memset(list, 0, sizeof *list);
}
