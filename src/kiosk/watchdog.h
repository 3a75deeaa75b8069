/* systemd's service protocol: READY=1 once the first frame is up, then
 * WATCHDOG=1 from the render loop itself, so a frozen screen (not only a
 * dead process) stops the keep-alives and systemd restarts the kiosk. */
#ifndef MIRA_KIOSK_WATCHDOG_H
#define MIRA_KIOSK_WATCHDOG_H

#include <stdint.h>

/* Tells systemd the kiosk is up, and reads the watchdog interval
 * (WatchdogSec=); nothing happens when not run by systemd. */
void watchdog_ready(void);

/* Called once per loop turn at time now (ms): sends a keep-alive every
 * half interval. */
void watchdog_kick(uint32_t now);

/* Tells systemd the kiosk is stopping. */
void watchdog_stopping(void);

#endif
