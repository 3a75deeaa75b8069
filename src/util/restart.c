#include "restart.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Marks every descriptor above standard error close-on-exec: a library may
 * have opened one without the flag. */
static void cloexec_above_stderr(void)
{
	DIR *d;
	struct dirent *e;

#ifdef CLOSE_RANGE_CLOEXEC
	if (close_range(3, ~0u, CLOSE_RANGE_CLOEXEC) == 0)
		return;
#endif
	/* Kernels before 5.11: one by one. */
	d = opendir("/proc/self/fd");
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		char *end;
		long fd = strtol(e->d_name, &end, 10);
		int flags;

		if (*end || end == e->d_name || fd <= 2 || fd == dirfd(d))
			continue;
		flags = fcntl((int)fd, F_GETFD);
		if (flags >= 0)
			fcntl((int)fd, F_SETFD, flags | FD_CLOEXEC);
	}
	closedir(d);
}

void restart_self(char *const argv[])
{
	fflush(NULL);
	cloexec_above_stderr();
	execv("/proc/self/exe", argv);
}
