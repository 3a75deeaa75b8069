#include "watchdog.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <systemd/sd-daemon.h>

#include "../util/log.h"

static uint32_t every_ms; /* 0: no watchdog */
static uint64_t last_ms;

/* The parent of process pid from /proc/pid/stat, or 0. */
static pid_t parent_of(pid_t pid)
{
	char path[64], buf[512];
	const char *p;
	FILE *f;
	size_t n;
	long ppid = 0;

	snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
	f = fopen(path, "r");
	if (!f)
		return 0;
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* "pid (comm) state ppid ...": comm may hold spaces and parentheses. */
	p = strrchr(buf, ')');
	if (!p || sscanf(p + 1, " %*c %ld", &ppid) != 1)
		return 0;
	return (pid_t)ppid;
}

/* Whether the watchdog systemd set up (WATCHDOG_PID) is ours to feed. */
static bool watchdog_is_ours(void)
{
	const char *s = getenv("WATCHDOG_PID");
	char *end;
	long want;
	pid_t p;

	if (!s || !*s)
		return true;
	want = strtol(s, &end, 10);
	if (*end || want <= 0)
		return false;
	/* systemd sets WATCHDOG_PID to the process it starts: the unit starts
	 * cage, which starts the kiosk, so it is our parent's. The render loop
	 * the watchdog guards is ours, so an ancestor's PID counts too
	 * (NotifyAccess=all lets systemd take our messages); sd_watchdog_enabled()
	 * takes only our own and left the kiosk restarted every WatchdogSec=.
	 * Any other PID's watchdog belongs to someone else. PID 1, everyone's
	 * ancestor, is never a service's main process. */
	if (want == (long)getpid())
		return true;
	for (p = getppid(); p > 1; p = parent_of(p))
		if (p == want)
			return true;
	return false;
}

void watchdog_ready(void)
{
	const char *s = getenv("WATCHDOG_USEC");
	unsigned long long usec;
	char *end;

	sd_notify(0, "READY=1");
	if (!s || !*s)
		return;
	usec = strtoull(s, &end, 10);
	if (*end || usec == 0)
		return;
	if (!watchdog_is_ours()) {
		log_warn("WATCHDOG_PID=%s is neither this process nor an ancestor: "
		         "no watchdog keep-alives",
		         getenv("WATCHDOG_PID"));
		return;
	}
	usec /= 2000; /* half the interval, in ms */
	every_ms = usec > UINT32_MAX ? UINT32_MAX : (uint32_t)usec;
	if (every_ms == 0)
		every_ms = 1;
	log_info("systemd watchdog: a keep-alive every %u ms", every_ms);
}

void watchdog_kick(uint64_t now)
{
	if (every_ms && now - last_ms >= every_ms) {
		sd_notify(0, "WATCHDOG=1");
		last_ms = now;
	}
}

uint64_t watchdog_due_in(uint64_t now)
{
	if (!every_ms)
		return UINT64_MAX;
	return now - last_ms >= every_ms ? 0 : every_ms - (now - last_ms);
}

void watchdog_waiting(const char *status)
{
	sd_notifyf(0, "STATUS=%s\nEXTEND_TIMEOUT_USEC=5000000", status);
}

void watchdog_stopping(void)
{
	sd_notify(0, "STOPPING=1");
}

void watchdog_restarting(void)
{
	/* A keep-alive now gives the new image a whole interval for its
	 * start-up: its own loop sends the next one. */
	if (every_ms)
		sd_notify(0, "WATCHDOG=1");
}
