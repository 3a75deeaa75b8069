/* systemd's service protocol: READY=1 once the first frame is up, then
 * WATCHDOG=1 from the render loop itself, so a frozen screen (not only a
 * dead process) stops the keep-alives and systemd restarts the kiosk. */
#ifndef MIRA_KIOSK_WATCHDOG_H
#define MIRA_KIOSK_WATCHDOG_H

#include <stdint.h>

/* Tells systemd the kiosk is up, and reads the watchdog interval
 * (WatchdogSec=), also when systemd started an ancestor (cage); nothing
 * happens when not run by systemd. */
void watchdog_ready(void);

/* Called once per loop turn at time now (ms): sends a keep-alive every
 * half interval. */
void watchdog_kick(uint64_t now);

/* Milliseconds from now until the next keep-alive is due (0: now), or
 * UINT64_MAX when there is no watchdog: the loop sleeps no longer. */
uint64_t watchdog_due_in(uint64_t now);

/* While the kiosk waits before its first frame (for a seat): a status line
 * for systemctl status, and more time before systemd gives up on it. */
void watchdog_waiting(const char *status);

/* Tells systemd the kiosk is stopping. */
void watchdog_stopping(void);

/* Right before the kiosk executes itself afresh (the same PID, so the same
 * watchdog): a last keep-alive, and no STOPPING=1. */
void watchdog_restarting(void);

#endif
