/* Starting the program afresh in the same process, for a kiosk that runs
 * for months: a new image drops whatever the old one could never give back
 * (glibc's catalogs, see catalog.h). */
#ifndef MIRA_UTIL_RESTART_H
#define MIRA_UTIL_RESTART_H

/* Executes /proc/self/exe with argv (and the same environment): the PID
 * stays, so systemd sees no exit, its NOTIFY_SOCKET stays valid and its
 * watchdog keeps watching the same process. Every descriptor above
 * standard error is closed on the exec (none leaks into the new image, as
 * each restart would add one), and stdio is flushed first. Nothing is
 * written anywhere. Returns only on failure, with errno set. */
void restart_self(char *const argv[]);

#endif
