/* mira-bench: the kiosk's own code, timed on SDL's software renderer (what
 * a kiosk PC without a GPU runs). Not a test: make bench.
 *   mira-bench tour WxH               every page in every language; peak RSS
 *   mira-bench switch WxH N [window]  switch language N times on the
 *                                     longest guide
 *   mira-bench scroll WxH N [window]  scroll the longest guide for N frames
 *   mira-bench norsk WxH N            "Show in Norwegian" on and off N times
 *                                     on the longest guide in Arabic
 *   mira-bench listen WxH N           read aloud (SDL's dummy audio device, real
 *                                     time): N taps on Listen per voiced
 *                                     language, each timed to the first sample
 *                                     the device takes; then N scrolling frames
 *                                     while the voice reads; peak RSS
 * A frame is timed from the event to SDL_RenderPresent returning: SDL
 * queues drawing and only rasterizes it when the frame is presented, so a
 * time without the present leaves most of the drawing out. Headless, the
 * present draws into memory; with "window" it draws into a WxH window on
 * $DISPLAY, as the kiosk does without a GPU (software renderer, straight to
 * the window), so the copy to the screen counts too.
 * Prints "name value" lines for tests/bench/run.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/language.h"
#include "../../src/speech/setup.h"
#include "../../src/text/breaks.h"
#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../../src/util/log.h"
#include "../support/kiosk_fixture.h"

static double now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void stats(const char *name, double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp);
	printf("%s_median_ms %.3f\n", name, v[n / 2]);
	printf("%s_p99_ms %.3f\n", name,
	       v[(int)((double)n * 0.99) < n ? (int)((double)n * 0.99) : n - 1]);
	printf("%s_max_ms %.3f\n", name, v[n - 1]);
}

/* The guide with the most text. */
static const guide *longest(const guide_list *g)
{
	const guide *best = NULL;
	size_t most = 0;

	for (size_t i = 0; i < g->count; i++) {
		size_t chars = strlen(g->items[i]->title);

		for (size_t b = 0; b < g->items[i]->block_count; b++)
			chars += strlen(g->items[i]->blocks[b].text);
		if (chars > most) {
			most = chars;
			best = g->items[i];
		}
	}
	return best;
}

/* n frames of the page scrolled by the wheel, down, then back up (every
 * frame moves it), each timed to the present; delay ms between frames. */
static void scroll_frames(app *a, SDL_Renderer *r, double *times, int n, uint64_t clock,
                          Uint32 delay)
{
	SDL_Event e;

	memset(&e, 0, sizeof e);
	for (int i = 0; i < n; i++) {
		double t0;

		SDL_PumpEvents();
		e.type = SDL_MOUSEWHEEL;
		e.wheel.y = (i / 40) % 2 ? 1 : -1;
		clock += 16;
		t0 = now_ms();
		app_handle_event(a, &e, clock);
		app_tick(a, clock);
		app_draw(a);
		SDL_RenderPresent(r);
		times[i] = now_ms() - t0;
		if (delay)
			SDL_Delay(delay);
	}
}

static void switch_language(app *a, int i)
{
	app_set_language(a, language_at((size_t)(i + 1) % language_count())->code);
}

static void switch_norwegian(app *a, int i)
{
	app_set_bilingual(a, i % 2 == 0);
}

/* n changes, each timed from the change to the frame presented. */
static void timed_changes(app *a, SDL_Renderer *r, double *times, int n, void (*change)(app *, int))
{
	app_draw(a);
	SDL_RenderPresent(r);
	for (int i = 0; i < n; i++) {
		double t0;

		SDL_PumpEvents();
		t0 = now_ms();
		change(a, i);
		app_draw(a);
		SDL_RenderPresent(r);
		times[i] = now_ms() - t0;
	}
}

/* A tap on the button named name, if it shows. */
static bool tap(app *a, const char *name, uint64_t clock)
{
	const scene *s = app_scene(a);

	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0) {
			SDL_FRect r = s->widgets[i].rect;

			fixture_mouse(a, SDL_MOUSEBUTTONDOWN, (int)(r.x + r.w / 2),
			              (int)(r.y + r.h / 2), clock);
			fixture_mouse(a, SDL_MOUSEBUTTONUP, (int)(r.x + r.w / 2),
			              (int)(r.y + r.h / 2), clock);
			return true;
		}
	return false;
}

/* From a tap on Listen to the first sample the audio device takes, per
 * voiced language; then frames while the voice reads. */
static int listen_bench(kiosk_fixture *f, narrator *voice, const guide *big, int n)
{
	static const char *const voiced[] = {"nb", "en", "ar", "fa", "ur", "uk", "pl", "tr"};
	double *times = calloc((size_t)n, sizeof *times),
	       freq = (double)SDL_GetPerformanceFrequency();
	uint64_t clock = 1000;
	app *a = f->app;
	struct rusage ru;

	for (size_t l = 0; times && l < sizeof voiced / sizeof *voiced; l++) {
		char name[64];

		app_set_language(a, voiced[l]);
		for (int i = 0; i < n; i++) {
			uint64_t t0, got = 0;

			app_open_page(a, big->id); /* a new page: the voice stops */
			app_draw(a);
			t0 = SDL_GetPerformanceCounter();
			if (!tap(a, "listen", clock += 100))
				return 1;
			for (int k = 0; k < 4000 && !(got = narrator_first_sound(voice)); k++)
				SDL_Delay(0);
			times[i] = got ? (double)(got - t0) * 1000.0 / freq : 1e9;
		}
		snprintf(name, sizeof name, "listen_%s", voiced[l]);
		stats(name, times, n);
	}
	/* Scrolling while the voice reads, Arabic. */
	app_set_language(a, "ar");
	app_open_page(a, big->id);
	app_draw(a);
	tap(a, "listen", clock += 100);
	scroll_frames(a, f->renderer, times, n, clock, 4); /* the voice's thread works meanwhile */
	stats("speaking_frame", times, n);
	printf("speaking_at_end %d\n", narrator_get_state(voice) == NARRATOR_PLAYING);
	getrusage(RUSAGE_SELF, &ru);
	printf("peak_rss_kb %ld\n", ru.ru_maxrss);
	free(times);
	return 0;
}

int main(int argc, char **argv)
{
	int w = 1920, h = 1080, n = argc > 3 ? atoi(argv[3]) : 200;
	bool windowed = argc > 4 && strcmp(argv[4], "window") == 0;
	kiosk_fixture f;
	app *a;
	const guide *big;
	double *times;
	struct rusage ru;
	SDL_Window *win = NULL;
	SDL_Renderer *r;
	narrator *voice = NULL;
	int status = 0;

	if (argc < 3 || sscanf(argv[2], "%dx%d", &w, &h) != 2 || n < 1) {
		fprintf(stderr, "usage: mira-bench tour|switch|scroll WxH [N [window]]\n");
		return 2;
	}
	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, w, h))
		return 1;
	r = f.renderer;
	if (windowed) {
		/* As src/kiosk/main.c does it on a PC without /dev/dri. */
		if (access("/dev/dri", F_OK) != 0) {
			SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
			SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
		}
		if (SDL_Init(SDL_INIT_VIDEO) != 0 ||
		    !(win = SDL_CreateWindow("mira-bench", 0, 0, w, h, 0)) ||
		    !(r = SDL_CreateRenderer(win, -1, SDL_RENDERER_PRESENTVSYNC))) {
			fprintf(stderr, "mira-bench: no window: %s\n", SDL_GetError());
			return 1;
		}
		f.cfg.renderer = r;
	}
	if (strcmp(argv[1], "listen") == 0) {
		setenv("SDL_AUDIODRIVER",
		       getenv("SDL_AUDIODRIVER") ? getenv("SDL_AUDIODRIVER") : "dummy", 1);
		voice = speech_setup(".", &f.contacts, 100, true);
		if (!voice)
			return 1;
		f.cfg.narrator = voice;
		f.cfg.read_aloud = READ_ALOUD_SPEAKER;
	}
	a = f.app = app_create(&f.cfg, w, h);
	big = longest(&f.guides);
	times = calloc((size_t)n, sizeof *times);
	if (!a || !big || !times)
		return 1;
	if (strcmp(argv[1], "tour") == 0) {
		int pages = 0;
		double t0 = now_ms();

		for (size_t l = 0; l < language_count(); l++) {
			app_set_language(a, language_at(l)->code);
			for (size_t i = 0; i < f.guides.count; i++, pages++) {
				app_open_page(a, f.guides.items[i]->id);
				app_draw(a);
			}
		}
		size_t glyphs, atlas_pages;

		app_atlas_stats(a, &glyphs, &atlas_pages);
		getrusage(RUSAGE_SELF, &ru);
		printf("atlas_glyphs %zu\n", glyphs);
		printf("atlas_pages %zu\n", atlas_pages);
		printf("tour_pages %d\n", pages);
		printf("tour_ms %.1f\n", now_ms() - t0);
		printf("peak_rss_kb %ld\n", ru.ru_maxrss);
	} else if (strcmp(argv[1], "switch") == 0) {
		app_open_page(a, big->id);
		timed_changes(a, r, times, n, switch_language);
		printf("guide %s\n", big->id);
		stats("switch", times, n);
	} else if (strcmp(argv[1], "scroll") == 0) {
		app_set_language(a, "ar");
		app_open_page(a, big->id);
		app_draw(a); /* glyphs rasterized once, as after the first frame */
		SDL_RenderPresent(r);
		scroll_frames(a, r, times, n, 1000, 0);
		printf("guide %s\n", big->id);
		stats("scroll_frame", times, n);
		getrusage(RUSAGE_SELF, &ru);
		printf("peak_rss_kb %ld\n", ru.ru_maxrss);
	} else if (strcmp(argv[1], "norsk") == 0) {
		app_set_language(a, "ar");
		app_open_page(a, big->id);
		timed_changes(a, r, times, n, switch_norwegian);
		printf("guide %s\n", big->id);
		stats("norsk", times, n);
	} else if (strcmp(argv[1], "listen") == 0) {
		status = listen_bench(&f, voice, big, n);
	} else {
		fprintf(stderr, "mira-bench: unknown mode %s\n", argv[1]);
		return 2;
	}
	free(times);
	app_destroy(a);
	f.app = NULL;
	if (win) {
		SDL_DestroyRenderer(r);
		SDL_DestroyWindow(win);
	}
	fixture_close(&f);
	narrator_destroy(voice);
	return status;
}
