#include "watchdog.h"

#include <systemd/sd-daemon.h>

#include "../util/log.h"

static uint32_t every_ms; /* 0: no watchdog */
static uint32_t last_ms;

void watchdog_ready(void)
{
	uint64_t usec = 0;

	sd_notify(0, "READY=1");
	if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
		every_ms = (uint32_t)(usec / 2000); /* half the interval */
		if (every_ms == 0)
			every_ms = 1;
		log_info("systemd watchdog: a keep-alive every %u ms", every_ms);
	}
}

void watchdog_kick(uint32_t now)
{
	if (every_ms && now - last_ms >= every_ms) {
		sd_notify(0, "WATCHDOG=1");
		last_ms = now;
	}
}

void watchdog_stopping(void)
{
	sd_notify(0, "STOPPING=1");
}
