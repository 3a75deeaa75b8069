/* Read aloud, without a display: what the voice is given (SSML), what it
 * makes of every guide in every voiced language, recordings played in its
 * place (and refused when stale, missing or damaged), a stop that is
 * silent at once (SPEECH_QUICK=1 leaves out every guide in every voice),
 * and the Listen button through the app's own event loop:
 * headphones first, pause, resume, a tap on a block, and the voice
 * stopped by a language switch, quick exit and the idle reset. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../src/content/catalog.h"
#include "../../src/content/config.h"
#include "../../src/content/language.h"
#include "../../src/speech/blocks.h"
#include "../../src/speech/narrator.h"
#include "../../src/speech/recording.h"
#include "../../src/speech/setup.h"
#include "../../src/speech/spoken.h"
#include "../../src/speech/synth.h"
#include "../../src/ui/app.h"
#include "../../src/ui/scene.h"
#include "../support/check.h"
#include "../support/kiosk_fixture.h"

static int failures;

static bool has(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

static void test_ssml(narrator *n)
{
	char *s;

	/* A phone number from the registry: digit by digit, group by group. */
	s = narrator_ssml(n, "Call \u2066116 117\u2069 now.", "en", "to", "section");
	CHECK(has(s, "<say-as interpret-as=\"characters\">116</say-as><break time=\"250ms\"/>"
	             "<say-as interpret-as=\"characters\">117</say-as>"),
	      "phone number in groups: %s", s);
	CHECK(!has(s, "\u2066"), "isolates are not spoken: %s", s);
	free(s);
	/* An amount and a year are numbers, not phone numbers. */
	s = narrator_ssml(n, "It is 550 000 kr a year since 1989.", "en", "to", "section");
	CHECK(has(s, "550000 kr") && has(s, "1989") && !has(s, "characters"), "amount: %s", s);
	free(s);
	/* Times and ranges with the reader's word for "to". */
	s = narrator_ssml(n, "Open 09:00–16:30, ages 18–55.", "nb", "til", "paragraf");
	CHECK(has(s, "9 til 16 30") && has(s, "18 til 55"), "times: %s", s);
	free(s);
	/* § is a word; the law's name is Norwegian. */
	s = narrator_ssml(n, "See straffeloven § 253.", "en", "to", "section");
	CHECK(has(s, "<voice xml:lang=\"nb\">straffeloven </voice>section 253"), "law: %s", s);
	free(s);
	/* Web and e-mail addresses are spelled. */
	s = narrator_ssml(n, "Read nav.no or write to post@mira.no.", "en", "to", "section");
	CHECK(has(s, "<say-as interpret-as=\"characters\">nav.no</say-as>") &&
	          has(s, "<say-as interpret-as=\"characters\">post@mira.no</say-as>"),
	      "addresses: %s", s);
	free(s);
	/* A listed Norwegian name in English; any Latin word in Arabic. */
	s = narrator_ssml(n, "Ask NAV or the legevakt.", "en", "to", "section");
	CHECK(has(s, "<voice xml:lang=\"nb\">NAV</voice>") &&
	          has(s, "<voice xml:lang=\"nb\">legevakt</voice>"),
	      "names in English: %s", s);
	free(s);
	s = narrator_ssml(n, "اتصلي بـ Legevakt في Oslo", "ar", "إلى", "المادة");
	CHECK(has(s, "<voice xml:lang=\"nb\">Legevakt</voice>") &&
	          has(s, "<voice xml:lang=\"nb\">Oslo</voice>"),
	      "Latin names in Arabic: %s", s);
	free(s);
	/* Norwegian needs no switch; markup in the text is escaped. */
	s = narrator_ssml(n, "Ring NAV <nå> & legevakt.", "nb", "til", "paragraf");
	CHECK(s && !has(s, "<voice") && has(s, "&lt;nå&gt; &amp;"), "Norwegian: %s", s);
	free(s);
}

typedef struct {
	speech_block *items;
	size_t count, cap;
	size_t words;
} block_list;

static void collect(const char *ctx, const char *english, const char *text, const char *lang,
                    void *data)
{
	block_list *l = data;
	speech_block *b;
	char id[96];
	bool word = false;

	if (l->count == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->items = realloc(l->items, l->cap * sizeof *l->items);
	}
	recording_block_id(ctx, english, id, sizeof id);
	b = &l->items[l->count++];
	b->id = strdup(id);
	b->english = strdup(english);
	b->text = strdup(text);
	b->lang = lang;
	for (const char *p = text; *p; p++) {
		bool space = *p == ' ' || *p == '\n';

		l->words += !space && !word;
		word = !space;
	}
}

static void free_blocks(block_list *l)
{
	for (size_t i = 0; i < l->count; i++) {
		free((char *)l->items[i].id);
		free((char *)l->items[i].english);
		free((char *)l->items[i].text);
	}
	free(l->items);
	memset(l, 0, sizeof *l);
}

/* Share of 50 ms windows that hold sound. */
static double voiced_share(const short *s, size_t n)
{
	size_t win = 22050 / 20, loud = 0, all = 0;

	for (size_t i = 0; i + win <= n; i += win) {
		double e = 0;

		for (size_t k = 0; k < win; k++)
			e += (double)s[i + k] * s[i + k];
		loud += sqrt(e / (double)win) > 300;
		all++;
	}
	return all ? (double)loud / (double)all : 0;
}

/* Every guide in every language with a voice: sound whose length fits its
 * words, and not silence. */
static void test_every_guide(narrator *n, const guide_list *guides, const contact_list *contacts)
{
	static const char *const voiced[] = {"nb", "en", "ar", "fa", "ur", "uk", "pl", "tr"};
	double lo = 1e9, hi = 0;

	for (size_t v = 0; v < sizeof voiced / sizeof *voiced; v++) {
		catalog_set_language(voiced[v]);
		for (size_t g = 0; g < guides->count; g++) {
			block_list l = {0};
			short *samples = NULL;
			size_t count = 0;
			double minutes, wpm, share;

			speech_guide_blocks(guides->items[g], contacts, voiced[v], collect, &l);
			CHECK(narrator_render(n, l.items, l.count, 0, voiced[v], "to", "section",
			                      &samples, &count, NULL),
			      "%s %s: no sound", voiced[v], guides->items[g]->id);
			minutes = (double)count / 22050.0 / 60.0;
			wpm = minutes > 0 ? (double)l.words / minutes : 0;
			share = voiced_share(samples, count);
			/* espeak-ng speaks at 150 words a minute; digits read one
			 * by one and the breath between blocks slow it down. */
			CHECK(wpm > 60 && wpm < 260, "%s %s: %zu words in %.1f s (%.0f a minute)",
			      voiced[v], guides->items[g]->id, l.words, minutes * 60, wpm);
			CHECK(share > 0.4, "%s %s: only %.0f%% of it holds sound", voiced[v],
			      guides->items[g]->id, share * 100);
			if (wpm < lo)
				lo = wpm;
			if (wpm > hi)
				hi = wpm;
			free(samples);
			free_blocks(&l);
		}
	}
	printf("every guide in 8 voiced languages: %.0f to %.0f words a minute\n", lo, hi);
}

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f) {
		fwrite(data, 1, len, f);
		fclose(f);
	}
}

static void copy_file(const char *from, const char *to)
{
	size_t len = 0;
	char buf[65536];
	FILE *f = fopen(from, "rb");

	if (f) {
		len = fread(buf, 1, sizeof buf, f);
		fclose(f);
	}
	write_file(to, buf, len);
}

static size_t render_one(narrator *n, const speech_block *b)
{
	short *s = NULL;
	size_t count = 0;

	narrator_render(n, b, 1, 0, b->lang, "to", "section", &s, &count, NULL);
	free(s);
	return count;
}

/* The voice's length for the text (espeak-ng's may vary by a few ms from
 * one call to the next), not the 1.5 s recording's. */
static bool voice_length(size_t got, size_t voice)
{
	size_t recording = 22050 * 3 / 2 + 22050 * 35 / 100;

	return got + voice / 20 > voice && got < voice + voice / 20 &&
	       (got + 300 < recording || got > recording + 300);
}

static char problem_seen[512];

static void on_problem(const char *path, const char *why, void *data)
{
	(void)data;
	snprintf(problem_seen, sizeof problem_seen, "%s: %s", path, why);
}

/* A staff recording plays in place of the voice; stale, missing or damaged
 * ones do not, and the staff report names the file. */
static void test_recordings(const contact_list *contacts)
{
	const char *build = getenv("BUILD") ? getenv("BUILD") : "build";
	char dir[512], path[1024], id[96], txt[2048];
	const char *english = "Call the legevakt.";
	narrator *n;
	speech_block so = {NULL, english, "Wac legevakt.", "so"};
	speech_block en = {NULL, english, english, "en"};
	size_t gap = 22050 * 35 / 100, tone = 22050 * 3 / 2, synth, with;

	snprintf(dir, sizeof dir, "%s/test-speech", build);
	mkdir(dir, 0755);
	snprintf(path, sizeof path, "%s/assets", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/assets/audio", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/assets/audio/so", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof path, "%s/assets/audio/en", dir);
	mkdir(path, 0755);
	recording_block_id("guide/test/paragraph", english, id, sizeof id);
	so.id = en.id = id;
	for (int k = 0; k < 4; k++) { /* from an earlier run */
		snprintf(path, sizeof path, "%s/assets/audio/%s/%s.%s", dir, k % 2 ? "en" : "so",
		         id, k < 2 ? "ogg" : "txt");
		remove(path);
	}
	n = speech_setup(dir, contacts, 100, false);
	CHECK(n && !narrator_can_speak(n, "so"), "Somali has no voice before a recording");
	synth = render_one(n, &en);
	CHECK(render_one(n, &so) == gap, "Somali without a recording is silent");
	narrator_destroy(n);

	/* A good recording (1.5 s, stereo at 16 kHz) plays in both. */
	for (int k = 0; k < 2; k++) {
		const char *lang = k ? "en" : "so", *text = k ? english : "Wac legevakt.";

		snprintf(path, sizeof path, "%s/assets/audio/%s/%s.ogg", dir, lang, id);
		copy_file("tests/fixtures/audio/tone.ogg", path);
		snprintf(path, sizeof path, "%s/assets/audio/%s/%s.txt", dir, lang, id);
		snprintf(txt, sizeof txt, "english: %s\ntext: %s\n", english, text);
		write_file(path, txt, strlen(txt));
	}
	n = speech_setup(dir, contacts, 100, false);
	CHECK(narrator_can_speak(n, "so"), "Somali with a recording can be heard");
	with = render_one(n, &so);
	CHECK(with > tone + gap - 300 && with < tone + gap + 300,
	      "the Somali recording plays: %zu samples, want %zu", with, tone + gap);
	with = render_one(n, &en);
	CHECK(with > tone + gap - 300 && with < tone + gap + 300 && with != synth,
	      "the English recording plays instead of the voice: %zu samples (voice %zu)", with,
	      synth);

	/* Stale: the translation changed since it was recorded. */
	snprintf(path, sizeof path, "%s/assets/audio/en/%s.txt", dir, id);
	snprintf(txt, sizeof txt, "english: %s\ntext: Call the legevakt now.\n", english);
	write_file(path, txt, strlen(txt));
	with = render_one(n, &en);
	CHECK(voice_length(with, synth),
	      "a stale recording is not played: the voice reads (%zu, voice %zu)", with, synth);
	snprintf(path, sizeof path, "%s/assets/audio", dir);
	{
		audio_coverage c;
		guide_list none = {0};
		const char *ctx = "guide/test/paragraph";

		catalog_set_language("en");
		problem_seen[0] = '\0';
		speech_coverage(&none, contacts, &ctx, &english, 1, "en", path, true, &c,
		                on_problem, NULL);
		CHECK(c.stale == 1 && c.synthesized == 1 && has(problem_seen, id) &&
		          has(problem_seen, "translation changed"),
		      "the staff report names the stale file: '%s'", problem_seen);

		/* Missing text file: unreadable. */
		snprintf(path, sizeof path, "%s/assets/audio/en/%s.txt", dir, id);
		remove(path);
		CHECK(voice_length(render_one(n, &en), synth),
		      "a recording without its text is not played");
		snprintf(path, sizeof path, "%s/assets/audio", dir);
		speech_coverage(&none, contacts, &ctx, &english, 1, "en", path, true, &c,
		                on_problem, NULL);
		CHECK(c.unreadable == 1 && has(problem_seen, ".txt"), "missing text named: '%s'",
		      problem_seen);

		/* Damaged audio with the right text: the voice reads instead. */
		snprintf(path, sizeof path, "%s/assets/audio/en/%s.txt", dir, id);
		snprintf(txt, sizeof txt, "english: %s\ntext: %s\n", english, english);
		write_file(path, txt, strlen(txt));
		snprintf(path, sizeof path, "%s/assets/audio/en/%s.ogg", dir, id);
		write_file(path, "OggS this is not audio at all", 29);
		CHECK(voice_length(render_one(n, &en), synth),
		      "a damaged recording falls back to the voice");
		snprintf(path, sizeof path, "%s/assets/audio", dir);
		speech_coverage(&none, contacts, &ctx, &english, 1, "en", path, true, &c,
		                on_problem, NULL);
		CHECK(c.unreadable == 1 && has(problem_seen, ".ogg") &&
		          has(problem_seen, "damaged"),
		      "damaged file named: '%s'", problem_seen);
	}
	narrator_destroy(n);
}

static const widget *find(const scene *s, const char *name)
{
	for (size_t i = 0; i < s->widget_count; i++)
		if (strcmp(s->widgets[i].name, name) == 0)
			return &s->widgets[i];
	return NULL;
}

static bool press(app *a, const char *name, uint64_t now)
{
	const widget *w = find(app_scene(a), name);
	SDL_FRect r;

	if (!w)
		return false;
	r = scene_widget_rect(app_scene(a), w, app_scroll(a));
	fixture_mouse(a, SDL_MOUSEBUTTONDOWN, (int)(r.x + r.w / 2), (int)(r.y + r.h / 2), now);
	fixture_mouse(a, SDL_MOUSEBUTTONUP, (int)(r.x + r.w / 2), (int)(r.y + r.h / 2), now);
	return true;
}

/* Waits (real time: the device's thread plays) until the voice has made
 * sound; returns the voiced samples so far. */
static uint64_t wait_for_sound(narrator *n)
{
	uint64_t samples, voiced = 0;
	int peak;

	for (int i = 0; i < 300 && voiced == 0; i++) {
		SDL_Delay(10);
		narrator_counters(n, &samples, &voiced, &peak);
	}
	return voiced;
}

/* After a stop, at most 50 ms of sound may still come. */
static void check_silent_after(narrator *n, const char *what)
{
	uint64_t samples, voiced, later;
	int peak;

	narrator_counters(n, &samples, &voiced, &peak);
	SDL_Delay(300);
	narrator_counters(n, &samples, &later, &peak);
	CHECK(later - voiced <= 22050 / 20, "%s: %llu voiced samples after the stop", what,
	      (unsigned long long)(later - voiced));
	CHECK(narrator_get_state(n) == NARRATOR_IDLE, "%s: the voice is idle", what);
}

static void test_listen(void)
{
	kiosk_fixture f;
	narrator *n;
	app *a;
	uint64_t now = 1000;

	if (!fixture_open(&f, 1920, 1080)) {
		CHECK(0, "fixture");
		return;
	}
	n = speech_setup(".", &f.contacts, 100, true);
	CHECK(n != NULL, "a narrator with the dummy audio device");
	if (!n) {
		fixture_close(&f);
		return;
	}
	f.cfg.narrator = n;
	f.cfg.read_aloud = READ_ALOUD_HEADPHONES;
	f.cfg.idle_timeout_s = 60;
	a = f.app = app_create(&f.cfg, 1920, 1080);
	app_set_language(a, "so");
	app_open_page(a, "legevakt");
	CHECK(!find(app_scene(a), "listen"), "no Listen button in Somali (no voice)");
	app_set_language(a, "ar");
	CHECK(find(app_scene(a), "listen") != NULL, "a Listen button in Arabic");
	/* Headphones first: the first tap asks, the second reads. */
	press(a, "listen", now += 100);
	CHECK(find(app_scene(a), "listen:prompt") != NULL, "the headphones prompt shows");
	CHECK(narrator_get_state(n) == NARRATOR_IDLE, "nothing is read before headphones");
	press(a, "listen", now += 100);
	CHECK(!find(app_scene(a), "listen:prompt"), "the prompt goes");
	CHECK(narrator_get_state(n) == NARRATOR_PLAYING, "the second tap reads");
	CHECK(wait_for_sound(n) > 0, "sound comes");
	CHECK(app_reading(a) == 0, "the first block in view is read first (%d)", app_reading(a));
	/* Pause and go on. */
	press(a, "listen", now += 100);
	CHECK(narrator_get_state(n) == NARRATOR_PAUSED, "a second tap pauses");
	app_tick(a, now += 10);
	CHECK(find(app_scene(a), "listen") != NULL, "the button says Listen again while paused");
	{
		uint64_t s, v1, v2;
		int peak;

		narrator_counters(n, &s, &v1, &peak);
		SDL_Delay(200);
		narrator_counters(n, &s, &v2, &peak);
		CHECK(v2 - v1 <= 22050 / 20, "paused is silent (%llu)",
		      (unsigned long long)(v2 - v1));
	}
	press(a, "listen", now += 100);
	CHECK(narrator_get_state(n) == NARRATOR_PLAYING, "a third tap goes on");
	/* A tap on a block reads from there. */
	{
		const scene *s = app_scene(a);
		int k = s->spoken_count > 3 ? 3 : 0;
		SDL_FRect r = s->spoken[k].rect;
		float y = r.y - app_scroll(a) + r.h / 2;

		fixture_mouse(a, SDL_MOUSEBUTTONDOWN, (int)(r.x + r.w / 2), (int)y, now += 100);
		fixture_mouse(a, SDL_MOUSEBUTTONUP, (int)(r.x + r.w / 2), (int)y, now);
		CHECK(app_reading(a) == k, "a tap on block %d reads it (%d)", k, app_reading(a));
		SDL_Delay(100);
		app_tick(a, now += 50);
		CHECK(narrator_current(n) == k, "the voice is at block %d (%d)", k,
		      narrator_current(n));
	}
	/* A new page while the voice's thread is still making the old one's
	 * sound: Listen there reads at once (it must not pause). */
	app_open_page(a, "nav");
	press(a, "listen", now += 100);
	CHECK(narrator_get_state(n) == NARRATOR_PLAYING && app_reading(a) >= 0,
	      "Listen right after a new page reads it");
	/* A language switch mid-sentence stops it. */
	CHECK(wait_for_sound(n) > 0, "sound before the switch");
	app_set_language(a, "pl");
	check_silent_after(n, "language switch");
	/* Quick exit mid-sentence. */
	press(a, "listen", now += 100);
	CHECK(narrator_get_state(n) == NARRATOR_PLAYING, "reads again (headphones asked once)");
	SDL_Delay(100);
	press(a, "quick-exit", now += 100);
	check_silent_after(n, "quick exit");
	CHECK(app_is_at_rest(a) && app_reading(a) == -1, "quick exit forgets the reading");
	/* The idle reset. */
	app_set_language(a, "en");
	app_open_page(a, "legevakt");
	press(a, "listen", now += 100);
	CHECK(find(app_scene(a), "listen:prompt") != NULL, "a new visit asks for headphones again");
	press(a, "listen", now += 100);
	CHECK(narrator_get_state(n) == NARRATOR_PLAYING, "reads");
	SDL_Delay(100);
	app_tick(a, now += 61000);
	check_silent_after(n, "idle reset");
	/* Navigation. */
	app_set_language(a, "tr");
	app_open_page(a, "nav");
	press(a, "listen", now += 100);
	press(a, "listen", now += 100);
	SDL_Delay(100);
	press(a, "back", now += 100);
	check_silent_after(n, "Back");
	fixture_close(&f);
	narrator_destroy(n);
}

/* kiosk.conf's read-aloud settings, and the staff's maximum volume heard. */
static void test_settings(const contact_list *contacts)
{
	static const char good[] = "read-aloud: speaker\nread-aloud-volume: 40\n";
	static const char bad[] = "read-aloud: loud\nread-aloud-volume: 0\n";
	kiosk_config c = {0};
	diag_list d = {0};
	speech_block b = {"x", "Call the legevakt.", "Call the legevakt.", "en"};
	int peaks[2] = {0, 0};

	CHECK(c.read_aloud == READ_ALOUD_HEADPHONES, "headphones is the default");
	config_parse("kiosk.conf", good, sizeof good - 1, &c, &d);
	CHECK(c.read_aloud == READ_ALOUD_SPEAKER && c.read_aloud_volume == 40 && d.count == 0,
	      "read-aloud: speaker, volume 40 (%d, %d, %zu problems)", (int)c.read_aloud,
	      c.read_aloud_volume, d.count);
	memset(&c, 0, sizeof c);
	config_parse("kiosk.conf", bad, sizeof bad - 1, &c, &d);
	CHECK(c.read_aloud == READ_ALOUD_HEADPHONES && c.read_aloud_volume == 0 && d.count == 2 &&
	          d.items[0].line == 1 && has(d.items[0].message, "off, headphones or speaker") &&
	          d.items[1].line == 2,
	      "bad settings are named with their line, and the defaults stay");
	diag_clear(&d);
	for (int k = 0; k < 2; k++) {
		narrator *n = speech_setup(".", contacts, k ? 50 : 100, true);
		uint64_t s, v;

		if (!n)
			continue;
		narrator_play(n, &b, 1, 0, "en", "to", "section");
		for (int i = 0; i < 300 && narrator_get_state(n) != NARRATOR_IDLE; i++)
			SDL_Delay(10);
		narrator_counters(n, &s, &v, &peaks[k]);
		narrator_destroy(n);
	}
	CHECK(peaks[0] > 1000 && abs(peaks[1] * 2 - peaks[0]) < peaks[0] / 10,
	      "volume 50%% halves the loudest sample (%d at 100%%, %d at 50%%)", peaks[0],
	      peaks[1]);
}

int main(void)
{
	kiosk_fixture f;
	narrator *n;

	/* The dummy device: real time, no sound card, nothing written. */
	setenv("SDL_AUDIODRIVER", "dummy", 1);
	if (!fixture_open(&f, 640, 480)) {
		printf("FAIL: fixture\n");
		return 1;
	}
	n = speech_setup(".", &f.contacts, 100, false);
	CHECK(n != NULL, "narrator");
	CHECK(synth_init() && synth_rate() == 22050, "espeak-ng at 22050 Hz");
	if (n) {
		test_ssml(n);
		if (!getenv("SPEECH_QUICK"))
			test_every_guide(n, &f.guides, &f.contacts);
		test_recordings(&f.contacts);
		test_settings(&f.contacts);
	}
	narrator_destroy(n);
	fixture_close(&f);
	test_listen();
	printf("%d failures\n", failures);
	return failures != 0;
}
