/* A quiet, levelled logger on standard error. Messages are for staff: say
 * what is wrong and what to do, with the file (and line) to look at. */
#ifndef MIRA_UTIL_LOG_H
#define MIRA_UTIL_LOG_H

typedef enum {
	LOG_LEVEL_NONE = -1,
	LOG_LEVEL_ERROR = 0,
	LOG_LEVEL_WARN = 1,
	LOG_LEVEL_INFO = 2,
	LOG_LEVEL_DEBUG = 3
} log_level;

/* Messages above this level are dropped; the default is LOG_LEVEL_WARN. */
void log_set_level(log_level level);
log_level log_get_level(void);

void log_message(log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#define log_error(...) log_message(LOG_LEVEL_ERROR, __VA_ARGS__)
#define log_warn(...)  log_message(LOG_LEVEL_WARN, __VA_ARGS__)
#define log_info(...)  log_message(LOG_LEVEL_INFO, __VA_ARGS__)
#define log_debug(...) log_message(LOG_LEVEL_DEBUG, __VA_ARGS__)

#endif
