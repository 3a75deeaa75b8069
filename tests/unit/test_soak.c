/* Soak: the kiosk's interface loop, headless, under 200,000 random input
 * events (taps anywhere, drags, flicks, wheel turns, keys including Escape
 * and the keys that close other programs, window closes), with a clock that
 * also jumps past the idle timeout now and then, so quick exits, idle resets,
 * language switches, text sizes and contrast all happen many times. It must
 * not crash, must not leak (the sanitizer build runs it with LeakSanitizer),
 * and after warm-up its heap in use, measured at rest (right after a quick
 * exit, on the picker), may grow by less than 256 kB: memory that is kept
 * reachable and so escapes LeakSanitizer. That bound holds in every build:
 * under AddressSanitizer the heap is the sanitizer's count of live bytes
 * (its quarantine of freed blocks left out). Without the sanitizer the
 * resident size may also grow by less than 2 MB (under it, the quarantine
 * makes resident size meaningless). Read aloud is on (SDL's dummy audio
 * device, in real time): the random taps start, pause and resume the voice,
 * and switch language, leave and quick-exit while it reads; each must have
 * happened. SOAK_EVENTS overrides the count. */
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/content/catalog.h"
#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/content/language.h"
#include "../../src/speech/setup.h"
#include "../../src/text/breaks.h"
#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../../src/ui/staff.h"
#include "../../src/util/log.h"
#include "../support/kiosk_fixture.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#ifdef UNDER_ASAN
/* The sanitizer's own count of live heap bytes (from its allocator
 * interface; declared here since GCC ships no header for it). */
size_t __sanitizer_get_current_allocated_bytes(void);
#endif

/* Bytes of heap in use by live blocks. */
static long heap_in_use(void)
{
#ifdef UNDER_ASAN
	return (long)__sanitizer_get_current_allocated_bytes();
#else
	struct mallinfo2 m = mallinfo2();

	return (long)(m.uordblks + m.hblkhd);
#endif
}

/* The heap in use at rest: after a quick exit, with the picker drawn.
 * With tour set, every guide in every language, and every screen with
 * icons at every text size, is drawn once first, so that what is loaded
 * once and kept (fonts, translations glibc caches, icons at each size in
 * their bounded cache) is loaded. */
static long heap_at_rest(app *a, const guide_list *guides, bool tour, uint64_t now)
{
	static const float scales[] = {1.0f, 1.3f, 1.6f};
	static const char *const screens[] = {"picker", "topics", "language"};
	char id[64];

	for (size_t l = 0; tour && l < language_count(); l++) {
		app_set_language(a, language_at(l)->code);
		for (size_t i = 0; i < guides->count; i++) {
			app_open_page(a, guides->items[i]->id);
			app_draw(a);
		}
		for (size_t s = 0; s < sizeof scales / sizeof scales[0]; s++) {
			app_set_text_scale(a, scales[s]);
			for (int t = -3; t < TOPIC_COUNT; t++) {
				if (t >= 0)
					snprintf(id, sizeof id, "topic/%s",
					         guide_topic_id((guide_topic)t));
				app_open_page(a, t < 0 ? screens[t + 3] : id);
				app_draw(a);
			}
		}
	}
	app_reset(a);
	app_tick(a, now);
	app_draw(a);
	return heap_in_use();
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

/* A small, seeded generator: every run is the same run. */
static uint32_t rng = 12345;

static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

int main(void)
{
	const int w = 1280, h = 800;
	long events = getenv("SOAK_EVENTS") ? atol(getenv("SOAK_EVENTS")) : 200000;
	kiosk_fixture f;
	app *a;
	uint64_t now = 1000; /* the interface's clock is 64-bit */
	static char pin_hash[256];
	long warm_kb = 0, end_kb, resets = 0, warm_at = events / 10, warm_heap = 0, end_heap;
	int status = 0;
	long starts = 0, pauses = 0, stops = 0, exits = 0;
	narrator *voice;
	static const SDL_Keycode keys[] = {SDLK_ESCAPE, SDLK_DOWN, SDLK_UP,  SDLK_PAGEDOWN,
	                                   SDLK_PAGEUP, SDLK_HOME, SDLK_END, SDLK_BACKSPACE,
	                                   SDLK_F4,     SDLK_q,    SDLK_w,   SDLK_SPACE};

	log_set_level(LOG_LEVEL_ERROR);
	if (!fixture_open(&f, w, h)) {
		printf("FAIL: setup\n");
		return 1;
	}
	f.cfg.idle_timeout_s = 20;
	/* A kiosk as deployed: a staff PIN is set (without one, Ctrl+Q leaves). */
	if (!staff_init() || !staff_hash_pin("97531", pin_hash, sizeof pin_hash)) {
		printf("FAIL: PIN hash\n");
		return 1;
	}
	f.cfg.pin_hash = pin_hash;
	setenv("SDL_AUDIODRIVER", "dummy", 1);
	voice = speech_setup(".", &f.contacts, 100, true);
	if (!voice) {
		printf("FAIL: no narrator on the dummy audio device\n");
		return 1;
	}
	f.cfg.narrator = voice;
	f.cfg.read_aloud = READ_ALOUD_HEADPHONES;
	a = f.app = app_create(&f.cfg, w, h);
	if (!a) {
		printf("FAIL: app_create\n");
		return 1;
	}
	for (long i = 0; i < events; i++) {
		SDL_Event e;
		uint32_t kind = next() % 100;
		int x = (int)(next() % (uint32_t)w), y = (int)(next() % (uint32_t)h);
		narrator_state before = narrator_get_state(voice), after;

		memset(&e, 0, sizeof e);
		if (kind < 30 && next() % 8 == 0 && before != NARRATOR_PAUSED) {
			/* Now and then a tap aimed at the Listen button, if any. */
			const scene *sc = app_scene(a);

			for (size_t k = 0; k < sc->widget_count; k++)
				if (strncmp(sc->widgets[k].name, "listen", 6) == 0) {
					x = (int)(sc->widgets[k].rect.x +
					          sc->widgets[k].rect.w / 2);
					y = (int)(sc->widgets[k].rect.y +
					          sc->widgets[k].rect.h / 2);
				}
		}
		now += 5 + next() % 60;
		if (kind < 30) { /* a tap: down and up */
			fixture_mouse(a, SDL_MOUSEBUTTONDOWN, x, y, now);
			now += 40;
			fixture_mouse(a, SDL_MOUSEBUTTONUP, x, y, now);
		} else if (kind < 55) { /* part of a drag */
			fixture_mouse(a,
			              kind < 35   ? SDL_MOUSEBUTTONDOWN
			              : kind < 52 ? SDL_MOUSEMOTION
			                          : SDL_MOUSEBUTTONUP,
			              x, y, now);
		} else if (kind < 70) {
			e.type = SDL_MOUSEWHEEL;
			e.wheel.y = (int)(next() % 7) - 3;
			app_handle_event(a, &e, now);
		} else if (kind < 92) {
			e.type = SDL_KEYDOWN;
			e.key.keysym.sym = keys[next() % (sizeof keys / sizeof keys[0])];
			e.key.keysym.mod = next() % 4 == 0   ? KMOD_ALT
			                   : next() % 4 == 0 ? KMOD_CTRL
			                                     : 0;
			app_handle_event(a, &e, now);
		} else if (kind < 93) {
			e.type = SDL_QUIT; /* ignored in kiosk mode */
			app_handle_event(a, &e, now);
		} else if (kind < 94) {
			now += 25000; /* nobody touches it: the idle reset */
		}
		app_tick(a, now);
		after = narrator_get_state(voice);
		starts += before == NARRATOR_IDLE && after == NARRATOR_PLAYING;
		pauses += before == NARRATOR_PLAYING && after == NARRATOR_PAUSED;
		if (before != NARRATOR_IDLE && after == NARRATOR_IDLE) {
			stops++;
			exits += app_is_at_rest(a);
		}
		if (app_is_at_rest(a))
			resets++;
		if (i % 40 == 0)
			app_draw(a);
		if (app_wants_quit(a)) {
			printf("FAIL: the kiosk quit at event %ld\n", i);
			return 1;
		}
		if (i == warm_at) {
			warm_heap = heap_at_rest(a, &f.guides, true, now);
			warm_kb = resident_kb();
		}
	}
	printf("read aloud: %ld starts, %ld pauses, %ld stops while reading (%ld by quick exit "
	       "or idle reset)\n",
	       starts, pauses, stops, exits);
	if (starts < 10 || pauses < 3 || stops < 5 || exits < 2) {
		printf("FAIL: read aloud was not exercised enough\n");
		status = 1;
	}
	end_heap = heap_at_rest(a, &f.guides, false, now);
	end_kb = resident_kb();
	printf("soak: %ld events, %ld at rest, heap in use at rest %ld kB after warm-up, %ld kB "
	       "at the end; resident %ld kB, %ld kB\n",
	       events, resets, warm_heap / 1024, end_heap / 1024, warm_kb, end_kb);
	if (end_heap - warm_heap >= 256 * 1024) {
		printf("FAIL: the heap in use at rest grew by %ld kB after warm-up (limit 256)\n",
		       (end_heap - warm_heap) / 1024);
		status = 1;
	}
#ifndef UNDER_ASAN
	if (end_kb - warm_kb >= 2048) {
		printf("FAIL: resident memory grew by %ld kB after warm-up (limit 2048)\n",
		       end_kb - warm_kb);
		status = 1;
	}
#endif
	fixture_close(&f);
	narrator_destroy(voice);
	return status;
}
