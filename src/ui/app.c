#include "app.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../content/catalog.h"
#include "../content/language.h"
#include "../text/atlas.h"
#include "../speech/blocks.h"
#include "../speech/narrator.h"
#include "icons.h"
#include "listen.h"
#include "scene.h"
#include "screens.h"
#include "scroll.h"
#include "staff.h"

#define MAX_HISTORY      32
#define TAP_SLOP         14.0f /* pixels a finger may move and still tap */
#define LONG_PRESS_MS    1200u /* held longer, it is a resting hand, not a tap */
#define CORNER           80.0f /* the staff corner (design pixels), bottom left */
#define STAFF_TAPS       5
#define STAFF_WINDOW_MS  3000u
#define ESCAPES          3
#define ESCAPE_WINDOW_MS 2000u
#define COUNTDOWN_S      15
#define HINT_MS          3000u
#define RESTART_QUIET_MS 20000u /* untouched at rest this long: nobody is there */
#define CATALOG_POLL_MS  500u   /* newly published catalogs: looked for twice a second */
#define FRAME_MS         16u    /* while something moves: about 60 frames a second */
#define VOICE_MS         50u    /* while the voice reads: its block is followed this often */

static const float text_scales[] = {1.0f, 1.3f, 1.6f};

typedef enum {
	SCREEN_PICKER,
	SCREEN_TOPICS,
	SCREEN_LIST,
	SCREEN_GUIDE,
	SCREEN_PIN,
	SCREEN_STAFF,
	SCREEN_STATUS,
	SCREEN_LANGUAGE, /* the language menu, opened from the strip */
	SCREEN_STAFF_EXIT,
	SCREEN_QR,      /* arg: contact index; its number alone when number_only */
	SCREEN_PHRASES, /* the phrase cards */
	SCREEN_PHRASE   /* arg: which phrase */
} screen_kind;

typedef struct {
	screen_kind kind;
	int arg;      /* topic, or guide index */
	float scroll; /* where the visitor was on that screen */
} place;

struct app {
	app_config cfg;
	text_atlas *atlas;
	icon_set *icons;
	int w, h;
	/* The visitor's session: all of it is forgotten by app_reset. */
	const language *lang; /* NULL until she picks one */
	int scale_index;
	bool high_contrast;
	place here;
	place history[MAX_HISTORY];
	int depth;
	scroller scroll;
	char pin[17];
	/* What is on screen. */
	scene scene, overlay;
	int countdown_shown; /* seconds shown, 0 if none */
	int hint_index;
	/* Input. */
	bool pressed, dragged, press_scrolls, press_on_overlay;
	uint64_t press_at;      /* when the finger (or button) went down */
	bool finger_down;       /* a touch is in progress (its finger below) */
	SDL_FingerID finger_id; /* the first finger down: the only one that counts */
	int extra_fingers;      /* other fingers down meanwhile */
	bool touch_cancelled;   /* a second finger came: no tap */
	int pressed_widget;     /* index in the scene (or overlay) held down, or -1 */
	float press_x, press_y;
	uint64_t last_input;
	uint64_t staff_taps[STAFF_TAPS];
	uint64_t escapes[ESCAPES];
	pin_guard guard;
	char message[256];
	int lock_shown; /* seconds of PIN lockout last shown */
	char *status_report;
	/* Read aloud (part of the session). */
	bool listen_prompt; /* "Put on the headphones" shows */
	bool welcomed;      /* the topics said once what quick exit does */
	bool bilingual;     /* guides show Norwegian beside her language */
	bool number_only;   /* the QR card holds the number alone */
	bool headphones_ok; /* she tapped Listen again after it */
	int reading;        /* spoken block being heard, or -1 */
	narrator_state voice;
	bool quit;
	uint64_t catalogs_checked; /* when app_tick last looked for new catalogs */
};

static const language *reader(const app *a)
{
	return a->lang ? a->lang : language_find("en");
}

#define SCALE_LEVELS ((int)(sizeof text_scales / sizeof *text_scales))

/* Shown while no staff PIN is set: whoever set the kiosk up must be able
 * to leave it, and learns how to lock it. */
static const char setup_note[] =
    "Setup: no staff PIN is set, so Ctrl+Q closes the kiosk. Set a PIN (README: Staff PIN) to "
    "lock it and hide this line.";

static screen_ctx context(const app *a)
{
	screen_ctx c = {a->cfg.fonts,
	                a->cfg.guides,
	                a->cfg.contacts,
	                reader(a),
	                a->w,
	                a->h,
	                (float)(a->w < a->h ? a->w : a->h) / 1080.0f,
	                text_scales[a->scale_index],
	                a->scale_index,
	                SCALE_LEVELS,
	                a->here.kind == SCREEN_TOPICS,
	                a->cfg.pin_hash ? NULL : setup_note,
	                LISTEN_NONE,
	                a->listen_prompt,
	                a->here.kind == SCREEN_TOPICS && !a->welcomed,
	                a->bilingual};

	/* Listen where a voice reads her language, on the visitor's screens. */
	if (a->cfg.narrator && a->cfg.read_aloud != READ_ALOUD_OFF && a->lang &&
	    (a->here.kind == SCREEN_TOPICS || a->here.kind == SCREEN_LIST ||
	     a->here.kind == SCREEN_GUIDE) &&
	    narrator_can_speak(a->cfg.narrator, a->lang->code))
		c.listen = a->voice == NARRATOR_PLAYING ? LISTEN_PAUSE : LISTEN_START;
	return c;
}

/* The voice stops at once and forgets what was queued: a new screen, a
 * new language, quick exit and the idle reset. */
static void silence(app *a)
{
	narrator_stop(a->cfg.narrator);
	a->reading = -1;
	a->voice = NARRATOR_IDLE;
	a->listen_prompt = false;
}

static const char *screen_name(const app *a, char *buf, size_t size)
{
	static const char *const names[] = {"picker",     "topics", "list",    "guide",
	                                    "pin",        "staff",  "status",  "language",
	                                    "staff-exit", "qr",     "phrases", "phrase"};

	if (a->here.kind == SCREEN_QR && a->here.arg < (int)a->cfg.contacts->count)
		snprintf(buf, size, "%s/%s", a->number_only ? "tel" : "qr",
		         a->cfg.contacts->items[a->here.arg].id);
	else if (a->here.kind == SCREEN_PHRASE)
		snprintf(buf, size, "phrase/%d", a->here.arg);
	else if (a->here.kind == SCREEN_LIST)
		snprintf(buf, size, "topic/%s", guide_topic_id((guide_topic)a->here.arg));
	else if (a->here.kind == SCREEN_GUIDE && a->here.arg < (int)a->cfg.guides->count)
		snprintf(buf, size, "%s", a->cfg.guides->items[a->here.arg]->id);
	else
		snprintf(buf, size, "%s", names[a->here.kind]);
	return buf;
}

/* Whether contact i is on the help-now page: its QR card also offers the
 * number alone. */
static bool help_now_contact(const app *a, int i)
{
	for (size_t g = 0; g < a->cfg.guides->count; g++) {
		const guide *gd = a->cfg.guides->items[g];

		if (gd->topic != TOPIC_HELP_NOW)
			continue;
		for (size_t b = 0; b < gd->block_count; b++)
			if (gd->blocks[b].kind == BLOCK_CONTACT &&
			    strcmp(gd->blocks[b].text, a->cfg.contacts->items[i].id) == 0)
				return true;
	}
	return false;
}

/* Lays the current screen out again (new screen, language, size, scale). */
static void rebuild(app *a)
{
	screen_ctx c = context(a);
	char name[96];

	scene_clear(&a->scene);
	switch (a->here.kind) {
	case SCREEN_PICKER: screens_picker(&a->scene, &c); break;
	case SCREEN_TOPICS: screens_topics(&a->scene, &c); break;
	case SCREEN_LIST: screens_list(&a->scene, &c, (guide_topic)a->here.arg); break;
	case SCREEN_GUIDE:
		if (a->here.arg < (int)a->cfg.guides->count)
			screens_guide(&a->scene, &c, a->cfg.guides->items[a->here.arg]);
		break;
	case SCREEN_PIN:
		screens_pin(&a->scene, &c, (int)strlen(a->pin), a->message[0] ? a->message : NULL);
		break;
	case SCREEN_STAFF:
		screens_staff_menu(&a->scene, &c, a->message[0] ? a->message : NULL);
		break;
	case SCREEN_STATUS:
		screens_status(&a->scene, &c, a->status_report ? a->status_report : "");
		break;
	case SCREEN_LANGUAGE: screens_language_menu(&a->scene, &c); break;
	case SCREEN_STAFF_EXIT: screens_staff_exit(&a->scene, &c); break;
	case SCREEN_QR:
		if (a->here.arg < (int)a->cfg.contacts->count)
			screens_qr(&a->scene, &c, &a->cfg.contacts->items[a->here.arg],
			           a->number_only, help_now_contact(a, a->here.arg));
		break;
	case SCREEN_PHRASES: screens_phrases(&a->scene, &c); break;
	case SCREEN_PHRASE: screens_phrase(&a->scene, &c, a->here.arg); break;
	}
	if (c.listen_prompt && c.listen != LISTEN_NONE)
		screens_listen_prompt(&a->scene, &c);
	a->pressed_widget = -1;
	scroller_set_max(&a->scroll, scene_scroll_max(&a->scene));
	if (a->cfg.hits)
		scene_dump_hits(&a->scene, screen_name(a, name, sizeof name), a->scroll.offset,
		                a->cfg.hits);
}

/* Tests read where the buttons are after a scroll comes to rest. */
static void dump_hits(const app *a)
{
	char name[96];

	if (a->cfg.hits)
		scene_dump_hits(&a->scene, screen_name(a, name, sizeof name), a->scroll.offset,
		                a->cfg.hits);
}

static void go(app *a, screen_kind kind, int arg, bool remember)
{
	if (a->here.kind == SCREEN_TOPICS && a->lang)
		a->welcomed = true; /* said once */
	if (remember && a->depth < MAX_HISTORY) {
		a->here.scroll = a->scroll.offset;
		a->history[a->depth++] = a->here;
	}
	silence(a);
	a->here = (place){kind, arg, 0};
	a->message[0] = '\0';
	scroller_reset(&a->scroll, 0);
	rebuild(a);
}

static void back(app *a)
{
	if (a->depth == 0) {
		/* Topics come after the language: Back leads there. */
		go(a, a->here.kind == SCREEN_TOPICS ? SCREEN_PICKER : SCREEN_TOPICS, 0, false);
		return;
	}
	silence(a);
	a->here = a->history[--a->depth];
	rebuild(a);
	/* Where she was on that screen. */
	scroller_reset(&a->scroll, a->scroll.max);
	scroller_by(&a->scroll, a->here.scroll);
	dump_hits(a);
}

/* Lays the screen out again and keeps the block at the view's top in
 * place (text size, language, a new catalog, a new screen size). */
static void rebuild_keeping_place(app *a)
{
	size_t item;
	float fraction;
	bool anchored = scene_anchor(&a->scene, a->scroll.offset, &item, &fraction);

	rebuild(a);
	if (anchored && a->scroll.offset > 0) {
		scroller_reset(&a->scroll, a->scroll.max);
		scroller_by(&a->scroll, scene_anchor_scroll(&a->scene, item, fraction));
		dump_hits(a);
	}
}

app *app_create(const app_config *config, int w, int h)
{
	app *a = calloc(1, sizeof *a);

	if (!a)
		return NULL;
	a->cfg = *config;
	if (a->cfg.idle_timeout_s <= 0)
		a->cfg.idle_timeout_s = 90;
	a->w = w;
	a->h = h;
	a->atlas = atlas_create(config->renderer);
	a->icons = icons_create(config->renderer, config->icons_dir);
	if (!a->atlas || !a->icons) {
		app_destroy(a);
		return NULL;
	}
	catalog_set_language("en");
	a->here.kind = SCREEN_PICKER;
	a->pressed_widget = -1;
	a->reading = -1;
	rebuild(a);
	return a;
}

void app_destroy(app *a)
{
	if (!a)
		return;
	scene_clear(&a->scene);
	scene_clear(&a->overlay);
	atlas_destroy(a->atlas);
	icons_destroy(a->icons);
	free(a->status_report);
	free(a);
}

void app_reset(app *a)
{
	/* Everything of the session goes, then the neutral start comes back. */
	silence(a);
	a->headphones_ok = false;
	scene_clear(&a->scene);
	scene_clear(&a->overlay);
	free(a->status_report);
	a->status_report = NULL;
	memset(a->history, 0, sizeof a->history);
	memset(a->pin, 0, sizeof a->pin);
	memset(a->message, 0, sizeof a->message);
	a->depth = 0;
	a->lang = NULL;
	a->welcomed = a->bilingual = a->number_only = false;
	a->scale_index = 0;
	a->high_contrast = false;
	a->countdown_shown = 0;
	a->lock_shown = 0;
	a->pressed = a->dragged = a->press_on_overlay = false;
	a->touch_cancelled = true; /* a finger still down is no tap when it lifts */
	a->pressed_widget = -1;
	scroller_reset(&a->scroll, 0);
	/* The glyphs drawn would tell which script was read, and the icon
	 * sizes kept which text size. */
	atlas_destroy(a->atlas);
	a->atlas = atlas_create(a->cfg.renderer);
	icons_destroy(a->icons);
	a->icons = icons_create(a->cfg.renderer, a->cfg.icons_dir);
	catalog_set_language("en");
	a->here = (place){SCREEN_PICKER, 0, 0};
	rebuild(a);
}

bool app_is_at_rest(const app *a)
{
	return a->here.kind == SCREEN_PICKER && !a->lang && a->depth == 0 && a->scale_index == 0 &&
	       !a->high_contrast;
}

bool app_restart_due(const app *a, uint64_t now)
{
	/* Only on the neutral start, untouched for a while and with no finger
	 * down: a restart then shows the same screen and interrupts nobody. */
	return catalog_generations() >= CATALOG_GENERATIONS_MAX && app_is_at_rest(a) &&
	       !a->pressed && now >= a->last_input + RESTART_QUIET_MS;
}

bool app_set_language(app *a, const char *code)
{
	const language *lang = language_find(code);

	if (!lang)
		return false;
	silence(a);
	a->lang = lang;
	catalog_set_language(lang->code);
	rebuild_keeping_place(a);
	return true;
}

void app_set_text_scale(app *a, float scale)
{
	int best = 0;

	for (int i = 0; i < (int)(sizeof text_scales / sizeof *text_scales); i++)
		if (scale >= text_scales[i] - 0.01f)
			best = i;
	a->scale_index = best;
	rebuild_keeping_place(a);
}

void app_set_high_contrast(app *a, bool on)
{
	a->high_contrast = on;
}

void app_set_bilingual(app *a, bool on)
{
	a->bilingual = on;
	rebuild(a);
}

static char *status_report(const app *a);

bool app_open_page(app *a, const char *page)
{
	if (strcmp(page, "picker") == 0) {
		go(a, SCREEN_PICKER, 0, false);
		return true;
	}
	if (strcmp(page, "topics") == 0) {
		go(a, SCREEN_TOPICS, 0, false);
		return true;
	}
	if (strcmp(page, "staff-pin") == 0) {
		go(a, SCREEN_PIN, 0, false);
		return true;
	}
	/* The other screens, for the audit and for tests. */
	{
		static const struct {
			const char *id;
			screen_kind kind;
		} more[] = {{"language", SCREEN_LANGUAGE},
		            {"staff-menu", SCREEN_STAFF},
		            {"staff-status", SCREEN_STATUS},
		            {"staff-exit", SCREEN_STAFF_EXIT}};

		for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
			if (strcmp(page, more[i].id) == 0) {
				if (more[i].kind == SCREEN_STATUS) {
					free(a->status_report);
					a->status_report = status_report(a);
				}
				go(a, more[i].kind, 0, false);
				return true;
			}
	}
	if (strcmp(page, "phrases") == 0) {
		go(a, SCREEN_PHRASES, 0, false);
		return true;
	}
	if (strncmp(page, "phrase/", 7) == 0) {
		int i = atoi(page + 7);

		if (i < 0 || i >= screens_phrase_count())
			return false;
		go(a, SCREEN_PHRASE, i, false);
		return true;
	}
	if (strncmp(page, "qr/", 3) == 0 || strncmp(page, "tel/", 4) == 0) {
		bool tel = page[0] == 't';
		const char *id = page + (tel ? 4 : 3);

		for (size_t i = 0; i < a->cfg.contacts->count; i++)
			if (strcmp(a->cfg.contacts->items[i].id, id) == 0) {
				go(a, SCREEN_QR, (int)i, false);
				a->number_only = tel;
				rebuild(a);
				return true;
			}
		return false;
	}
	if (strncmp(page, "topic/", 6) == 0) {
		for (int t = 0; t < TOPIC_COUNT; t++)
			if (strcmp(page + 6, guide_topic_id((guide_topic)t)) == 0) {
				go(a, SCREEN_LIST, t, false);
				return true;
			}
		return false;
	}
	for (size_t i = 0; i < a->cfg.guides->count; i++)
		if (strcmp(a->cfg.guides->items[i]->id, page) == 0) {
			go(a, SCREEN_GUIDE, (int)i, false);
			return true;
		}
	return false;
}

static int help_now_index(const app *a)
{
	for (size_t i = 0; i < a->cfg.guides->count; i++)
		if (a->cfg.guides->items[i]->topic == TOPIC_HELP_NOW)
			return (int)i;
	return -1;
}

/* Untranslated guide texts per language, and content problems, for staff. */
static char *status_report(const app *a)
{
	size_t cap = 65536, n = 0;
	char *out = malloc(cap);
	const char *keep = reader(a)->code;

	if (!out)
		return NULL;
	n += (size_t)snprintf(out + n, cap - n,
	                      "Languages (untranslated guide texts show in English):\n");
	for (size_t i = 0; i < language_count() && n < cap - 256; i++) {
		const language *lang = language_at(i);
		int total = 0, missing = 0;

		catalog_set_language(lang->code);
		for (size_t g = 0; g < a->cfg.guides->count; g++) {
			const guide *gd = a->cfg.guides->items[g];
			char ctx[256];
			bool tr;

			guide_msgctxt(gd, NULL, ctx, sizeof ctx);
			catalog_get(ctx, gd->title, &tr);
			total++;
			missing += !tr;
			for (size_t b = 0; b < gd->block_count; b++) {
				if (gd->blocks[b].kind == BLOCK_CONTACT)
					continue;
				guide_msgctxt(gd, &gd->blocks[b], ctx, sizeof ctx);
				catalog_get(ctx, gd->blocks[b].text, &tr);
				total++;
				missing += !tr;
			}
		}
		n += (size_t)snprintf(out + n, cap - n,
		                      "  %-4s %-18s %s, %d of %d texts untranslated\n", lang->code,
		                      lang->english_name,
		                      strcmp(lang->code, "en") == 0 ? "source"
		                      : !catalog_present()          ? "NO CATALOG"
		                      : catalog_reviewed()          ? "reviewed"
		                                                    : "draft",
		                      missing, total);
	}
	if (a->cfg.audio_dir) {
		const char *ctx[TOPIC_COUNT], *english[TOPIC_COUNT];

		for (int t = 0; t < TOPIC_COUNT; t++) {
			ctx[t] = "topic";
			english[t] = screens_topic_english((guide_topic)t);
		}
		n += (size_t)snprintf(
		    out + n, cap - n,
		    "\nRead aloud: %s. Blocks per language: recorded by staff, read by the "
		    "synthetic voice, silent (make audio-check names recordings that will not "
		    "play):\n",
		    !a->cfg.narrator                          ? "no sound device, so it is off"
		    : a->cfg.read_aloud == READ_ALOUD_OFF     ? "off (kiosk.conf)"
		    : a->cfg.read_aloud == READ_ALOUD_SPEAKER ? "on, through the loudspeaker"
		                                              : "on, asking for headphones first");
		for (size_t i = 0; i < language_count() && n < cap - 256; i++) {
			const language *lang = language_at(i);
			audio_coverage c;

			catalog_set_language(lang->code);
			speech_coverage(a->cfg.guides, a->cfg.contacts, ctx, english, TOPIC_COUNT,
			                lang->code, a->cfg.audio_dir, false, &c, NULL, NULL);
			n += (size_t)snprintf(out + n, cap - n,
			                      "  %-4s %zu recorded, %zu synthesized, %zu silent, "
			                      "%zu stale, %zu unreadable\n",
			                      lang->code, c.recorded, c.synthesized, c.silent,
			                      c.stale, c.unreadable);
		}
	}
	catalog_set_language(keep);
	n += (size_t)snprintf(out + n, cap - n, "\nProblems in the content files: %zu\n",
	                      a->cfg.diags ? a->cfg.diags->count : 0);
	for (size_t i = 0; a->cfg.diags && i < a->cfg.diags->count && n < cap - 600; i++) {
		const diag *d = &a->cfg.diags->items[i];

		/* Line 0 means the whole file. */
		if (d->line > 0)
			n += (size_t)snprintf(out + n, cap - n, "  %s:%d: %s\n", d->file, d->line,
			                      d->message);
		else
			n += (size_t)snprintf(out + n, cap - n, "  %s: %s\n", d->file, d->message);
	}
	{
		size_t count = 0;

		for (size_t i = 0; i < a->cfg.contacts->count; i++)
			count += a->cfg.contacts->items[i].verify != NULL;
		n += (size_t)snprintf(out + n, cap - n,
		                      "\nFacts to verify (assets/contacts.txt, verify:): %zu\n",
		                      count);
		for (size_t i = 0; i < a->cfg.contacts->count && n < cap - 600; i++) {
			const contact *c = &a->cfg.contacts->items[i];

			if (c->verify)
				n += (size_t)snprintf(out + n, cap - n, "  %s (%s): %s\n", c->id,
				                      c->name, c->verify);
		}
	}
	return out;
}

static void pin_submit(app *a, uint64_t now)
{
	int wait = staff_locked_seconds(&a->guard, now);

	if (wait > 0) {
		snprintf(a->message, sizeof a->message, "Too many wrong PINs. Try again in %d s.",
		         wait);
	} else if (staff_check_pin(&a->guard, a->cfg.pin_hash, a->pin, now)) {
		memset(a->pin, 0, sizeof a->pin);
		go(a, SCREEN_STAFF, 0, false);
		return;
	} else {
		wait = staff_locked_seconds(&a->guard, now);
		if (wait > 0)
			snprintf(a->message, sizeof a->message,
			         "Wrong PIN. Too many tries: wait %d s.", wait);
		else
			snprintf(a->message, sizeof a->message, "Wrong PIN.");
	}
	memset(a->pin, 0, sizeof a->pin);
	rebuild(a);
}

/* Listen: reads from the first block in view; a second tap pauses, a
 * third goes on. With read-aloud: headphones, the first tap of a visit
 * asks her to put them on, and the next one reads. */
static void listen(app *a)
{
	narrator *n = a->cfg.narrator;
	narrator_state st = narrator_get_state(n);

	if (st == NARRATOR_PLAYING) {
		narrator_pause(n, true);
	} else if (st == NARRATOR_PAUSED) {
		narrator_pause(n, false);
	} else if (a->cfg.read_aloud == READ_ALOUD_HEADPHONES && !a->headphones_ok &&
	           !a->listen_prompt) {
		a->listen_prompt = true;
	} else {
		a->listen_prompt = false;
		a->headphones_ok = true;
		listen_play(n, &a->scene, listen_first_in_view(&a->scene, a->scroll.offset),
		            reader(a)->code);
		a->reading = narrator_current(n);
	}
	a->voice = narrator_get_state(n);
	rebuild_keeping_place(a);
}

static void act(app *a, const widget *w, uint64_t now)
{
	size_t len;
	int help;

	switch (w->action) {
	case ACT_PICK_LANGUAGE:
		silence(a);
		a->lang = language_at((size_t)w->arg);
		catalog_set_language(a->lang->code);
		if (a->here.kind == SCREEN_LANGUAGE)
			back(a); /* to where she was, now in her new language */
		else
			go(a, SCREEN_TOPICS, 0, false);
		break;
	case ACT_TOPIC:
		help = help_now_index(a);
		if (w->arg == TOPIC_HELP_NOW && help >= 0)
			go(a, SCREEN_GUIDE, help, true);
		else
			go(a, SCREEN_LIST, w->arg, true);
		break;
	case ACT_GUIDE: go(a, SCREEN_GUIDE, w->arg, true); break;
	case ACT_HOME:
		a->depth = 0;
		go(a, SCREEN_TOPICS, 0, false);
		break;
	case ACT_BACK: back(a); break;
	case ACT_LANGUAGE_MENU:
		if (a->here.kind != SCREEN_LANGUAGE)
			go(a, SCREEN_LANGUAGE, 0, true);
		break;
	case ACT_TEXT_SIZE:
		a->scale_index = (a->scale_index + 1) % SCALE_LEVELS;
		rebuild_keeping_place(a);
		break;
	case ACT_CONTRAST: a->high_contrast = !a->high_contrast; break;
	case ACT_HELP_NOW:
		help = help_now_index(a);
		if (help >= 0 && !(a->here.kind == SCREEN_GUIDE && a->here.arg == help))
			go(a, SCREEN_GUIDE, help, true);
		break;
	case ACT_QUICK_EXIT: app_reset(a); break;
	case ACT_PIN_DIGIT:
		len = strlen(a->pin);
		if (len < sizeof a->pin - 1) {
			a->pin[len] = (char)('0' + w->arg);
			rebuild(a);
		}
		break;
	case ACT_PIN_ERASE:
		len = strlen(a->pin);
		if (len)
			a->pin[len - 1] = '\0';
		rebuild(a);
		break;
	case ACT_PIN_OK: pin_submit(a, now); break;
	case ACT_STAFF_RELOAD: {
		bool ok = a->cfg.reload ? a->cfg.reload(a->cfg.reload_data) : true;

		catalog_poll_reload();
		snprintf(a->message, sizeof a->message,
		         "%s: %zu guides, %zu contacts, %zu problems (see the status).",
		         ok ? "Reloaded" : "Reload failed, the old content stays",
		         a->cfg.guides->count, a->cfg.contacts->count,
		         a->cfg.diags ? a->cfg.diags->count : 0);
		rebuild(a);
		break;
	}
	case ACT_STAFF_STATUS:
		free(a->status_report);
		a->status_report = status_report(a);
		go(a, SCREEN_STATUS, 0, false);
		break;
	case ACT_STAFF_MENU: go(a, SCREEN_STAFF, 0, false); break;
	case ACT_STAFF_EXIT_ASK: go(a, SCREEN_STAFF_EXIT, 0, false); break;
	case ACT_STAFF_EXIT: a->quit = true; break;
	case ACT_STAFF_CLOSE: app_reset(a); break;
	case ACT_LISTEN: listen(a); break;
	case ACT_QR:
		a->number_only = false;
		go(a, SCREEN_QR, w->arg, true);
		break;
	case ACT_QR_NUMBER:
		a->number_only = !a->number_only;
		rebuild(a);
		break;
	case ACT_NORWEGIAN: {
		/* About the same place in the page: the share scrolled. */
		float share = a->scroll.max > 0 ? a->scroll.offset / a->scroll.max : 0;

		silence(a);
		a->bilingual = !a->bilingual;
		rebuild(a);
		scroller_reset(&a->scroll, a->scroll.max);
		scroller_by(&a->scroll, share * a->scroll.max);
		dump_hits(a);
		break;
	}
	case ACT_PHRASES: go(a, SCREEN_PHRASES, 0, true); break;
	case ACT_PHRASE: go(a, SCREEN_PHRASE, w->arg, true); break;
	case ACT_IDLE_CONTINUE:
	case ACT_IDLE_START_OVER:
	case ACT_NONE: break;
	}
}

/* n timestamps in a row within window ms, the newest now. */
static bool burst(uint64_t *times, int n, uint64_t now, uint64_t window)
{
	memmove(times, times + 1, (size_t)(n - 1) * sizeof *times);
	times[n - 1] = now;
	if (times[0] == 0 || now - times[0] > window)
		return false;
	memset(times, 0, (size_t)n * sizeof *times);
	return true;
}

static bool in_staff_corner(const app *a, float x, float y)
{
	float side = CORNER * (float)(a->w < a->h ? a->w : a->h) / 1080.0f;

	return x < side && y > (float)a->h - side;
}

static void tap(app *a, float x, float y, uint64_t now)
{
	const widget *w;

	if (in_staff_corner(a, x, y)) {
		/* Five taps in the corner within three seconds: the PIN pad. */
		if (burst(a->staff_taps, STAFF_TAPS, now, STAFF_WINDOW_MS) && a->cfg.pin_hash)
			go(a, SCREEN_PIN, 0, false);
		return;
	}
	w = scene_hit(&a->scene, x, y, a->scroll.offset);
	if (w) {
		act(a, w, now);
		return;
	}
	if (a->listen_prompt) {
		/* A tap elsewhere: she does not want to listen now. */
		a->listen_prompt = false;
		rebuild_keeping_place(a);
	} else if (a->voice != NARRATOR_IDLE) {
		/* While the voice reads (or waits), a tap on a block reads
		 * from there. */
		int k = listen_block_at(&a->scene, x, y, a->scroll.offset);

		if (k >= 0) {
			listen_play(a->cfg.narrator, &a->scene, (size_t)k, reader(a)->code);
			a->reading = k;
			if (a->voice == NARRATOR_PAUSED) {
				a->voice = NARRATOR_PLAYING;
				rebuild_keeping_place(a);
			}
		}
	}
}

static bool key(app *a, const SDL_KeyboardEvent *k, uint64_t now)
{
	float page = (float)a->scene.view.h * 0.9f;
	/* Only while no staff PIN is set (the setup line says so). */
	if (!a->cfg.pin_hash && k->keysym.sym == SDLK_q && (k->keysym.mod & KMOD_CTRL)) {
		a->quit = true;
		return false;
	}
	switch (k->keysym.sym) {
	case SDLK_ESCAPE:
		if (burst(a->escapes, ESCAPES, now, ESCAPE_WINDOW_MS)) {
			app_reset(a);
			return true;
		}
		return false;
	case SDLK_UP: scroller_by(&a->scroll, -60); return true;
	case SDLK_DOWN: scroller_by(&a->scroll, 60); return true;
	case SDLK_PAGEUP: scroller_by(&a->scroll, -page); return true;
	case SDLK_PAGEDOWN:
	case SDLK_SPACE: scroller_by(&a->scroll, page); return true;
	case SDLK_HOME: scroller_by(&a->scroll, -a->scroll.offset); return true;
	case SDLK_END: scroller_by(&a->scroll, a->scroll.max); return true;
	case SDLK_BACKSPACE:
	case SDLK_AC_BACK: back(a); return true;
	default:
		/* Everything else, Alt+F4, Ctrl+Q and Ctrl+W included, is ignored. */
		return false;
	}
}

static bool in_view(const app *a, float x, float y)
{
	const SDL_Rect *v = &a->scene.view;

	return a->scene.scrolling && x >= (float)v->x && x < (float)(v->x + v->w) &&
	       y >= (float)v->y && y < (float)(v->y + v->h);
}

static int widget_index(const scene *s, const widget *w)
{
	return w ? (int)(w - s->widgets) : -1;
}

/* The idle countdown takes the whole touch: what lies beneath is never
 * pressed. Continue (or anywhere else) keeps the session; Start over
 * forgets it now. */
static void countdown_release(app *a, float x, float y)
{
	const widget *w = scene_hit(&a->overlay, x, y, 0);
	bool start_over = w && w->action == ACT_IDLE_START_OVER; /* before the overlay goes */

	a->countdown_shown = 0;
	scene_clear(&a->overlay);
	if (start_over)
		app_reset(a);
}

/* A finger or the mouse button goes down at (x, y). */
static bool press_begin(app *a, float x, float y, uint64_t now)
{
	bool countdown = a->countdown_shown > 0;

	a->pressed = true;
	a->dragged = false;
	a->press_x = x;
	a->press_y = y;
	a->press_at = now;
	a->press_on_overlay = countdown;
	if (countdown) {
		a->press_scrolls = false;
		a->pressed_widget =
		    widget_index(&a->overlay, scene_hit(&a->overlay, a->press_x, a->press_y, 0));
	} else {
		a->press_scrolls = in_view(a, a->press_x, a->press_y);
		if (a->press_scrolls)
			scroller_drag_start(&a->scroll, a->press_y, now);
		a->pressed_widget = widget_index(
		    &a->scene, scene_hit(&a->scene, a->press_x, a->press_y, a->scroll.offset));
	}
	return a->pressed_widget >= 0;
}

/* It moves: beyond TAP_SLOP it is a drag, no longer a tap. */
static bool press_move(app *a, float x, float y, uint64_t now)
{
	bool changed = false;

	if (!a->pressed)
		return false;
	if (SDL_fabsf(y - a->press_y) > TAP_SLOP || SDL_fabsf(x - a->press_x) > TAP_SLOP) {
		if (!a->dragged && a->pressed_widget >= 0)
			changed = true; /* no longer a tap: the button lets go */
		a->dragged = true;
		a->pressed_widget = -1;
	}
	if (a->press_scrolls && a->dragged) {
		scroller_drag_move(&a->scroll, y, now);
		changed = true;
	}
	return changed;
}

/* It lifts: a tap if it neither moved far nor rested long (a palm on the
 * glass is no tap), else the end of a drag. cancelled: a second finger
 * came, so it was no tap either. */
static void press_end(app *a, uint64_t now, bool cancelled)
{
	bool tapped = !a->dragged && !cancelled && now - a->press_at <= LONG_PRESS_MS;

	a->pressed = false;
	a->pressed_widget = -1;
	if (a->press_scrolls)
		scroller_drag_end(&a->scroll, now);
	if (a->press_on_overlay) {
		a->press_on_overlay = false;
		if (a->countdown_shown && tapped)
			countdown_release(a, a->press_x, a->press_y);
	} else if (tapped) {
		tap(a, a->press_x, a->press_y, now);
	} else if (a->scroll.velocity == 0) {
		dump_hits(a);
	}
}

/* Touch as touch: the first finger down is the one that counts; another
 * finger meanwhile neither moves the page nor taps, and makes the first
 * finger's touch no tap (two fingers or a palm are not a tap). */
static bool finger(app *a, const SDL_TouchFingerEvent *f, uint64_t now, bool *input)
{
	float x = f->x * (float)a->w, y = f->y * (float)a->h;

	switch (f->type) {
	case SDL_FINGERDOWN:
		if (a->finger_down) {
			a->extra_fingers++;
			a->touch_cancelled = true;
			return false;
		}
		a->finger_down = true;
		a->finger_id = f->fingerId;
		a->touch_cancelled = false;
		return press_begin(a, x, y, now);
	case SDL_FINGERMOTION:
		if (!a->finger_down || f->fingerId != a->finger_id)
			return false;
		return press_move(a, x, y, now);
	case SDL_FINGERUP:
		if (!a->finger_down || f->fingerId != a->finger_id) {
			if (a->extra_fingers > 0)
				a->extra_fingers--;
			return false;
		}
		a->finger_down = false;
		if (!a->pressed)
			return false; /* the kiosk started afresh under it */
		press_end(a, now, a->touch_cancelled);
		return true;
	default: *input = false; return false;
	}
}

bool app_handle_event(app *a, const SDL_Event *e, uint64_t now)
{
	bool input = true, changed = false;

	switch (e->type) {
	case SDL_FINGERDOWN:
	case SDL_FINGERMOTION:
	case SDL_FINGERUP: changed = finger(a, &e->tfinger, now, &input); break;
	case SDL_MOUSEBUTTONDOWN:
		/* Touches come as finger events; SDL's copies as mouse events
		 * would press twice. */
		if (e->button.button != SDL_BUTTON_LEFT || e->button.which == SDL_TOUCH_MOUSEID ||
		    a->finger_down)
			break;
		changed = press_begin(a, (float)e->button.x, (float)e->button.y, now);
		break;
	case SDL_MOUSEMOTION:
		if (e->motion.which == SDL_TOUCH_MOUSEID || a->finger_down)
			break;
		changed = press_move(a, (float)e->motion.x, (float)e->motion.y, now);
		break;
	case SDL_MOUSEBUTTONUP:
		if (e->button.button != SDL_BUTTON_LEFT || !a->pressed ||
		    e->button.which == SDL_TOUCH_MOUSEID || a->finger_down)
			break;
		press_end(a, now, false);
		changed = true;
		break;
	case SDL_MOUSEWHEEL:
		scroller_by(&a->scroll, (float)-e->wheel.y * 80.0f);
		dump_hits(a);
		changed = true;
		break;
	case SDL_KEYDOWN:
		changed = key(a, &e->key, now);
		if (changed)
			dump_hits(a);
		break;
	case SDL_QUIT:
		/* A window manager's close: a kiosk does not obey. */
		a->quit = !a->cfg.kiosk_mode;
		input = false;
		break;
	default: input = false; break;
	}
	if (input) {
		a->last_input = now;
		/* A key or the wheel keeps the session; a touch on the countdown
		 * is decided when the finger lifts (above). */
		if (a->countdown_shown && !a->press_on_overlay && e->type != SDL_MOUSEBUTTONDOWN &&
		    e->type != SDL_MOUSEMOTION && e->type != SDL_FINGERDOWN &&
		    e->type != SDL_FINGERMOTION) {
			a->countdown_shown = 0;
			scene_clear(&a->overlay);
			changed = true;
		}
	}
	return changed;
}

bool app_tick(app *a, uint64_t now)
{
	bool moving = a->scroll.velocity != 0, changed = scroller_step(&a->scroll, now);
	int hint = (int)(now / HINT_MS % INT_MAX); /* stays an int for ages */

	if (moving && a->scroll.velocity == 0)
		dump_hits(a); /* a flick came to rest */
	if (a->cfg.narrator && (a->voice != NARRATOR_IDLE || a->reading >= 0)) {
		narrator_state st = narrator_get_state(a->cfg.narrator);
		int cur = narrator_current(a->cfg.narrator);

		if (cur != a->reading) {
			/* The page follows the voice. */
			float to = listen_follow(&a->scene, cur, a->scroll.offset);

			a->reading = cur;
			if (to != a->scroll.offset && !a->pressed)
				scroller_by(&a->scroll, to - a->scroll.offset);
			changed = true;
		}
		if (st != a->voice) {
			a->voice = st;
			rebuild_keeping_place(a); /* Pause becomes Listen again */
			changed = true;
		}
	}
	if (now - a->catalogs_checked >= CATALOG_POLL_MS || now < a->catalogs_checked) {
		a->catalogs_checked = now;
		if (catalog_poll_reload()) {
			rebuild_keeping_place(a);
			changed = true;
		}
	}
	if (a->here.kind == SCREEN_PIN) {
		/* The lockout counts down on the pad. */
		int wait = staff_locked_seconds(&a->guard, now);

		if (wait != a->lock_shown) {
			a->lock_shown = wait;
			if (wait > 0)
				snprintf(a->message, sizeof a->message,
				         "Too many wrong PINs. Try again in %d s.", wait);
			else if (strncmp(a->message, "Too many", 8) == 0 ||
			         strncmp(a->message, "Wrong PIN. Too many", 19) == 0)
				snprintf(a->message, sizeof a->message, "You can try again now.");
			rebuild(a);
			changed = true;
		}
	}
	if (a->here.kind == SCREEN_PICKER && hint != a->hint_index) {
		a->hint_index = hint;
		changed = true;
	}
	if (a->last_input == 0)
		a->last_input = now;
	if (!app_is_at_rest(a)) {
		/* An event stamped after this tick's time is no idle time at all. */
		uint64_t idle = now > a->last_input ? now - a->last_input : 0,
		         limit = (uint64_t)a->cfg.idle_timeout_s * 1000u;

		if (idle >= limit) {
			app_reset(a);
			return true;
		}
		if (limit - idle <= COUNTDOWN_S * 1000u) {
			int left = (int)((limit - idle + 999) / 1000);

			if (left != a->countdown_shown) {
				screen_ctx c = context(a);

				scene_clear(&a->overlay);
				screens_idle(&a->overlay, &c, left);
				a->countdown_shown = left;
				changed = true;
			}
		}
	}
	return changed;
}

static uint64_t earliest(uint64_t a, uint64_t b)
{
	return a < b ? a : b;
}

uint64_t app_next_tick(const app *a, uint64_t now)
{
	uint64_t wait = CATALOG_POLL_MS;

	if (a->scroll.velocity != 0)
		return FRAME_MS; /* momentum: every frame */
	if (now - a->catalogs_checked < CATALOG_POLL_MS)
		wait = CATALOG_POLL_MS - (now - a->catalogs_checked);
	if (a->voice == NARRATOR_PLAYING)
		wait = earliest(wait, VOICE_MS);
	if (a->here.kind == SCREEN_PICKER)
		wait = earliest(wait, HINT_MS - now % HINT_MS);
	if (a->here.kind == SCREEN_PIN && a->guard.locked_until > now)
		wait = earliest(wait, ((a->guard.locked_until - now - 1) % 1000) + 1);
	if (!app_is_at_rest(a) && a->last_input && now >= a->last_input) {
		uint64_t idle = now - a->last_input;
		uint64_t limit = (uint64_t)a->cfg.idle_timeout_s * 1000u;

		if (idle >= limit)
			return 0;
		if (limit - idle > COUNTDOWN_S * 1000u) /* until the countdown shows */
			wait = earliest(wait, limit - idle - COUNTDOWN_S * 1000u);
		else /* its next second, the last one ending in the reset */
			wait = earliest(wait, ((limit - idle - 1) % 1000) + 1);
	}
	return wait;
}

void app_draw(app *a)
{
	scene_draw(&a->scene, a->cfg.renderer, a->atlas, a->icons, a->high_contrast,
	           a->scroll.offset, a->hint_index,
	           !a->press_on_overlay && a->pressed_widget >= 0
	               ? &a->scene.widgets[a->pressed_widget]
	               : NULL);
	if (a->reading >= 0)
		listen_draw_mark(&a->scene, a->cfg.renderer, a->reading, a->scroll.offset,
		                 a->high_contrast);
	if (a->countdown_shown) {
		/* Dim what is behind the countdown. */
		SDL_SetRenderDrawBlendMode(a->cfg.renderer, SDL_BLENDMODE_BLEND);
		SDL_SetRenderDrawColor(a->cfg.renderer, 0, 0, 0, 140);
		SDL_RenderFillRect(a->cfg.renderer, NULL);
		SDL_SetRenderDrawBlendMode(a->cfg.renderer, SDL_BLENDMODE_NONE);
		scene_draw_over(&a->overlay, a->cfg.renderer, a->atlas, a->icons, a->high_contrast,
		                a->press_on_overlay && a->pressed_widget >= 0
		                    ? &a->overlay.widgets[a->pressed_widget]
		                    : NULL);
	}
}

void app_resize(app *a, int w, int h)
{
	a->w = w;
	a->h = h;
	rebuild_keeping_place(a);
	if (a->countdown_shown) {
		screen_ctx c = context(a);

		scene_clear(&a->overlay);
		screens_idle(&a->overlay, &c, a->countdown_shown);
	}
}

void app_set_renderer(app *a, SDL_Renderer *r)
{
	a->cfg.renderer = r;
	atlas_destroy(a->atlas);
	a->atlas = atlas_create(r);
	icons_destroy(a->icons);
	a->icons = icons_create(r, a->cfg.icons_dir);
}

void app_atlas_stats(const app *a, size_t *glyphs, size_t *pages)
{
	*glyphs = atlas_glyph_count(a->atlas);
	*pages = atlas_page_count(a->atlas);
}

void app_set_narrator(app *a, narrator *n)
{
	listen_button before = context(a).listen;

	silence(a);
	a->cfg.narrator = n;
	if (context(a).listen != before)
		rebuild_keeping_place(a); /* the Listen button comes or goes */
}

int app_reading(const app *a)
{
	return a->reading;
}

bool app_wants_quit(const app *a)
{
	return a->quit;
}

const struct scene *app_scene(const app *a)
{
	return &a->scene;
}

const struct scene *app_overlay(const app *a)
{
	return a->countdown_shown ? &a->overlay : NULL;
}

float app_scroll(const app *a)
{
	return a->scroll.offset;
}

void app_scroll_to(app *a, float offset)
{
	scroller_by(&a->scroll, offset - a->scroll.offset);
	dump_hits(a);
}

bool app_show_listen_prompt(app *a)
{
	screen_ctx c;

	a->listen_prompt = true;
	c = context(a);
	if (c.listen == LISTEN_NONE) {
		a->listen_prompt = false;
		return false;
	}
	rebuild_keeping_place(a);
	return true;
}

void app_show_countdown(app *a, int seconds)
{
	screen_ctx c = context(a);

	scene_clear(&a->overlay);
	screens_idle(&a->overlay, &c, seconds);
	a->countdown_shown = seconds;
}
