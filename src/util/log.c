#include "log.h"

#include <stdarg.h>
#include <stdio.h>

static log_level current = LOG_LEVEL_WARN;

void log_set_level(log_level level)
{
	current = level;
}

log_level log_get_level(void)
{
	return current;
}

void log_message(log_level level, const char *fmt, ...)
{
	static const char *const names[] = {"error", "warning", "info", "debug"};
	va_list ap;

	if (level > current)
		return;
	fprintf(stderr, "mira: %s: ", names[level]);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
