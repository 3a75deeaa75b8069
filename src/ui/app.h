/* The kiosk's interface: screens, navigation, input, the always-visible
 * strip, quick exit, idle reset and staff mode. It owns what it draws with
 * (glyph atlas, icons) and forgets a visitor's session completely on quick
 * exit and on idle: language, history, scroll positions, text size,
 * contrast, and every laid-out text and rasterized glyph. */
#ifndef MIRA_UI_APP_H
#define MIRA_UI_APP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <SDL.h>

#include "../content/config.h"
#include "../content/contacts.h"
#include "../content/guide.h"
#include "../text/font.h"
#include "../util/diag.h"

typedef struct {
	SDL_Renderer *renderer; /* must outlive the app */
	text_fontset *fonts;
	guide_list *guides; /* the app reads them; staff reload replaces them */
	contact_list *contacts;
	const diag_list *diags; /* content problems, for the staff status */
	const char *icons_dir;
	int idle_timeout_s;         /* default 90 */
	const char *pin_hash;       /* NULL: staff mode is off */
	bool kiosk_mode;            /* fullscreen lockdown: no key leaves */
	FILE *hits;                 /* tests: button positions per screen, or NULL */
	bool (*reload)(void *data); /* staff "reload": content from disk */
	void *reload_data;
	struct narrator *narrator; /* read aloud; NULL: no Listen button */
	read_aloud_mode read_aloud;
	const char *audio_dir; /* staff recordings, for the staff status */
} app_config;

typedef struct app app;

app *app_create(const app_config *config, int w, int h);
void app_destroy(app *a);

/* Handles one input event at time now (ms, SDL_GetTicks64: a 32-bit clock
 * would wrap after 49.7 days of uptime); true when the screen changed. */
bool app_handle_event(app *a, const SDL_Event *e, uint64_t now);

/* Time passes: momentum, the idle countdown and reset, the cycling hint,
 * newly published catalogs. True when the screen must be drawn again. */
bool app_tick(app *a, uint64_t now);

/* Milliseconds from now until app_tick has something to do, if no event
 * comes first: a frame's time (16) while the view coasts; else the next
 * look for new catalogs (at most 500: twice a second), and sooner the
 * picker's next hint, the next second of the idle countdown or of a PIN
 * lockout, or the idle reset; 0 when the reset is due. The event loop
 * sleeps that long: a still kiosk wakes twice a second, not 60 times. */
uint64_t app_next_tick(const app *a, uint64_t now);

/* Composes the whole frame (the caller presents it). */
void app_draw(app *a);

void app_resize(app *a, int w, int h);
/* Draws with renderer r from now on (its glyphs and icons made anew). */
void app_set_renderer(app *a, SDL_Renderer *r);
bool app_wants_quit(const app *a);

/* For start-up options and screenshots. A page id is "picker", "topics",
 * "topic/<topic-id>", a guide id, "language" (the menu from the strip),
 * "staff-pin", "staff-menu", "staff-status" or "staff-exit". False if
 * unknown. */
bool app_set_language(app *a, const char *code);
bool app_open_page(app *a, const char *page);
void app_set_text_scale(app *a, float scale);
void app_set_high_contrast(app *a, bool on);
/* Guides in her language with Norwegian beside it (the "Norsk" button). */
void app_set_bilingual(app *a, bool on);

/* Quick exit: the neutral welcome screen, nothing of the session kept. */
void app_reset(app *a);

/* For benchmarks: glyphs held in the atlas and its texture pages. */
void app_atlas_stats(const app *a, size_t *glyphs, size_t *pages);

/* The voice, once it is ready (main.c starts it after the first frame);
 * NULL: none. */
void app_set_narrator(app *a, struct narrator *n);

/* For tests and --speak: the block being heard (index in the scene's
 * spoken blocks), or -1. */
int app_reading(const app *a);

/* For tests: whether the visible state is the neutral start. */
bool app_is_at_rest(const app *a);

/* Whether the kiosk should start itself afresh now (main.c re-executes
 * itself): CATALOG_GENERATIONS_MAX catalog generations are loaded (glibc
 * never unloads one) and nobody is using it: at rest, untouched for 20 s. */
bool app_restart_due(const app *a, uint64_t now);

/* For the audit and tests: what is laid out now, the scroll of its view,
 * and the idle countdown over it (NULL when none shows). */
struct scene;
const struct scene *app_scene(const app *a);
const struct scene *app_overlay(const app *a);
float app_scroll(const app *a);
/* Scrolls the view to offset (clamped); for the audit and tests. */
void app_scroll_to(app *a, float offset);
/* Shows "Put on the headphones" as after a first tap on Listen (for the
 * audit and screenshots); false where no Listen button shows. */
bool app_show_listen_prompt(app *a);

/* Shows the idle countdown with seconds left, as if the kiosk were idle. */
void app_show_countdown(app *a, int seconds);

#endif
