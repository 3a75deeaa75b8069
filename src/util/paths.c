#include "paths.h"

#include <SDL.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef MIRA_DATA_DIR
#define MIRA_DATA_DIR "/usr/local/share/mira-kiosk"
#endif

void paths_data_dir(const char *override, char *out, size_t size)
{
	const char *env = getenv("MIRA_DATA_DIR");
	char *base;

	if (override) {
		snprintf(out, size, "%s", override);
		return;
	}
	if (env && *env) {
		snprintf(out, size, "%s", env);
		return;
	}
	/* A build tree: the project root is one or two folders up. */
	base = SDL_GetBasePath(); /* ends with '/' */
	if (base) {
		static const char *const ups[] = {"..", "../.."};

		for (size_t i = 0; i < sizeof ups / sizeof ups[0]; i++) {
			char probe[4096];
			struct stat st;

			snprintf(probe, sizeof probe, "%s%s/fonts", base, ups[i]);
			if (stat(probe, &st) == 0 && S_ISDIR(st.st_mode)) {
				snprintf(out, size, "%s%s", base, ups[i]);
				SDL_free(base);
				return;
			}
		}
		SDL_free(base);
	}
	snprintf(out, size, "%s", MIRA_DATA_DIR);
}

void paths_locale_dir(const char *data_dir, char *out, size_t size)
{
	struct stat st;

	snprintf(out, size, "%s/build/locale", data_dir);
	if (stat(out, &st) == 0 && S_ISDIR(st.st_mode))
		return;
	snprintf(out, size, "%s/locale", data_dir);
}

char *paths_read_file(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;

	if (!f)
		return NULL;
	for (;;) {
		size_t got;

		if (cap - n < 4096) {
			char *p = realloc(buf, cap ? cap * 2 : 8192);

			if (!p) {
				free(buf);
				buf = NULL;
				errno = ENOMEM;
				break;
			}
			buf = p;
			cap = cap ? cap * 2 : 8192;
		}
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0) {
			if (ferror(f)) {
				int e = errno ? errno : EIO;

				free(buf);
				buf = NULL;
				errno = e;
			}
			break;
		}
	}
	if (f != stdin)
		fclose(f);
	if (buf) {
		buf[n] = '\0';
		if (len)
			*len = n;
	}
	return buf;
}
