/* Months of catalog reloads in one process: 200 publishes of the project's
 * real compiled catalogs (each into a new generation folder, the link
 * renamed over the old one and all but the newest three generations
 * removed, as src/tools/publish-catalogs.sh does), each noticed by the
 * interface's tick and then read in every language, as the staff status
 * reads them. glibc cannot unload a catalog, so the kiosk starts itself
 * afresh at rest (app_restart_due, then restart_self: an execve of
 * /proc/self/exe) and this test does the same, in the same process (same
 * PID), carrying its count in the environment. Afterwards the catalogs
 * mapped (lines of /proc/self/maps naming mira.mo) must never have passed
 * CATALOG_GENERATIONS_MAX generations of every language, and the resident
 * size may be at most 6 MB above the first process's after its first
 * generation, and no descriptor may have leaked through the restarts (each
 * image opens one without close-on-exec, as a library might).
 * MIRA_NO_RESTART=1 runs the same publishes without restarting, as the
 * kiosk did before: the bounds then fail. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/content/catalog.h"
#include "../../src/content/language.h"
#include "../../src/ui/app.h"
#include "../../src/util/log.h"
#include "../../src/util/restart.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#define PUBLISHES         200
#define MAX_RSS_GROWTH_KB 6144 /* 3 generations of about 0.8 MB, and slack */
#define STATE             "MIRA_TEST_CATALOG_RESTART"

static int failures;
static char root[1024], link_path[1100];
static const char *build;

static int sh(const char *cmd)
{
	int rc = system(cmd);

	if (rc != 0)
		printf("command failed (%d): %s\n", rc, cmd);
	return rc;
}

/* Lines of /proc/self/maps that map a compiled catalog. */
static int catalog_maps(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[4096];
	int n = 0;

	while (f && fgets(line, sizeof line, f))
		n += strstr(line, "/mira.mo") != NULL;
	if (f)
		fclose(f);
	return n;
}

/* Descriptors open (the listing's own aside), and what each is in list. */
static int open_fds(char *list, size_t size)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;
	int n = 0;
	size_t used = 0;

	list[0] = '\0';
	while (d && (e = readdir(d)) != NULL) {
		char path[300], target[256];
		ssize_t len;

		if (e->d_name[0] == '.' || atoi(e->d_name) == dirfd(d))
			continue;
		snprintf(path, sizeof path, "/proc/self/fd/%s", e->d_name);
		len = readlink(path, target, sizeof target - 1);
		target[len > 0 ? len : 0] = '\0';
		if (used < size)
			used +=
			    (size_t)snprintf(list + used, size - used, " %s:%s", e->d_name, target);
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

static long resident_kb(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");

	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* Generation n: a copy of the compiled catalogs in a new folder, the link
 * renamed over the old one, the oldest generations removed. */
static bool publish(int n)
{
	char cmd[8192];

	snprintf(cmd, sizeof cmd,
	         "set -e; g=%s/locale-gens/%04d; mkdir -p $g; cp -R %s/template/. $g/; "
	         "ln -sfn locale-gens/%04d %s.new; mv -T %s.new %s; "
	         "ls -1d %s/locale-gens/*/ | sort | head -n -3 | xargs rm -rf",
	         root, n, root, n, link_path, link_path, link_path, root);
	return sh(cmd) == 0;
}

/* Every text of every guide in every language, as the staff status reads
 * them: all of each catalog is touched. Returns the translated count. */
static long read_all(const kiosk_fixture *f)
{
	long translated = 0;

	for (size_t i = 0; i < language_count(); i++) {
		catalog_set_language(language_at(i)->code);
		for (size_t g = 0; g < f->guides.count; g++) {
			const guide *gd = f->guides.items[g];
			char ctx[256];
			bool tr;

			guide_msgctxt(gd, NULL, ctx, sizeof ctx);
			catalog_get(ctx, gd->title, &tr);
			translated += tr;
			for (size_t b = 0; b < gd->block_count; b++) {
				if (gd->blocks[b].kind == BLOCK_CONTACT)
					continue;
				guide_msgctxt(gd, &gd->blocks[b], ctx, sizeof ctx);
				catalog_get(ctx, gd->blocks[b].text, &tr);
				translated += tr;
			}
		}
	}
	catalog_set_language("en");
	return translated;
}

int main(int argc, char **argv)
{
	kiosk_fixture f;
	const char *state = getenv(STATE);
	bool no_restart = getenv("MIRA_NO_RESTART") && *getenv("MIRA_NO_RESTART") == '1';
	int published = 0, restarts = 0, max_maps = 0, langs = 0, maps, base_fds = 0, fds;
	char fd_list[2048];
	long first_kb = 0, kb, translated = 0;
	uint64_t now = 1000;
	char cmd[8192];

	(void)argc;
	log_set_level(LOG_LEVEL_ERROR);
	build = getenv("BUILD") ? getenv("BUILD") : "build";
	snprintf(root, sizeof root, "%s/test-catalog-restart", build);
	snprintf(link_path, sizeof link_path, "%s/locale", root);
	for (size_t i = 0; i < language_count(); i++)
		langs += strcmp(language_at(i)->code, "en") != 0;
	if (state) {
		/* A restarted image: the count so far. */
		if (sscanf(state, "%d %d %ld %d %d", &published, &restarts, &first_kb, &max_maps,
		           &base_fds) != 5) {
			printf("FAIL: bad %s='%s'\n", STATE, state);
			return 1;
		}
	} else {
		/* The project's compiled catalogs, as the template of each
		 * generation. */
		snprintf(cmd, sizeof cmd,
		         "rm -rf %s && mkdir -p %s/template && cp -RL %s/locale/. %s/template/ && "
		         "ls %s/template/*/LC_MESSAGES/mira.mo >/dev/null",
		         root, root, build, root, root);
		if (sh(cmd) != 0 || !publish(0))
			return 1;
	}
	if (!fixture_open(&f, 640, 480)) {
		printf("FAIL: setup\n");
		return 1;
	}
	/* As the kiosk starts: the newest generation. */
	catalog_init(link_path);
	catalog_check_files(NULL);
	f.app = app_create(&f.cfg, 640, 480);
	if (!f.app) {
		printf("FAIL: app_create\n");
		return 1;
	}
	app_tick(f.app, now);
	/* Descriptors open in each image at this point: the first restart
	 * closes what the test's parent left open, later ones must not add. */
	/* As a library might: a descriptor without close-on-exec, in every
	 * image. restart_self must not carry it into the next. */
	if (open("/dev/null", O_RDONLY) < 0)
		printf("cannot open /dev/null\n");
	fds = open_fds(fd_list, sizeof fd_list);
	if (restarts == 1 && base_fds == 0) {
		base_fds = fds;
		printf("descriptors after the first restart:%s\n", fd_list);
	}
	if (!state) {
		translated = read_all(&f);
		first_kb = resident_kb();
		max_maps = catalog_maps();
		printf("first generation: %d catalogs mapped, %ld kB resident, %ld texts "
		       "translated\n",
		       max_maps, first_kb, translated);
		CHECK(max_maps == langs, "%d catalogs mapped after reading every language, want %d",
		      max_maps, langs);
	}
	while (published < PUBLISHES) {
		int before = catalog_generations();

		if (!publish(++published))
			return 1;
		now += 1000;
		app_tick(f.app, now);
		CHECK(catalog_generations() == before + 1, "publish %d was not noticed", published);
		translated = read_all(&f);
		maps = catalog_maps();
		if (maps > max_maps)
			max_maps = maps;
		if (published % 50 == 0)
			printf("after %d publishes: %d catalogs mapped, %ld kB resident\n",
			       published, maps, resident_kb());
		now += 25000; /* nobody touches it */
		app_tick(f.app, now);
		if (!no_restart && app_restart_due(f.app, now)) {
			char value[128];

			snprintf(value, sizeof value, "%d %d %ld %d %d", published, restarts + 1,
			         first_kb, max_maps, base_fds);
			setenv(STATE, value, 1);
			fixture_close(&f);
			restart_self(argv);
			printf("FAIL: restart_self: %s\n", strerror(errno));
			return 1;
		}
	}
	maps = catalog_maps();
	kb = resident_kb();
	printf("after %d publishes and %d restarts (same PID %ld): %d catalogs mapped now, at "
	       "most %d at any time; %ld kB resident, %ld kB after the first generation; %d "
	       "descriptors open at the start of the last image, %d after the first restart; %ld "
	       "texts translated in the last\n",
	       published, restarts, (long)getpid(), maps, max_maps, kb, first_kb, fds, base_fds,
	       translated);
	CHECK(translated > 0, "the last generation shows no translation");
	CHECK(no_restart || fds == base_fds, "%d descriptors open (%s), %d after the first restart",
	      fds, fd_list, base_fds);
	CHECK(max_maps <= CATALOG_GENERATIONS_MAX * langs,
	      "up to %d catalogs were mapped at once, more than %d generations of %d languages",
	      max_maps, CATALOG_GENERATIONS_MAX, langs);
#ifndef UNDER_ASAN
	/* Under the sanitizer resident size means nothing (its quarantine). */
	CHECK(kb - first_kb <= MAX_RSS_GROWTH_KB,
	      "resident size grew by %ld kB over %d publishes (limit %d)", kb - first_kb, published,
	      MAX_RSS_GROWTH_KB);
#endif
	fixture_close(&f);
	printf("catalog restart: %d failures\n", failures);
	return failures != 0;
}
