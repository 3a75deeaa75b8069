/* mira-kiosk: wires the layers together: options and configuration, content
 * and catalogs, the window or a headless screenshot, and the event loop. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SDL.h>
#include <SDL_image.h>

#include "../content/catalog.h"
#include "../content/config.h"
#include "../content/contacts.h"
#include "../content/guide.h"
#include "../content/language.h"
#include "../text/breaks.h"
#include "../text/font.h"
#include "../ui/app.h"
#include "../ui/staff.h"
#include "../util/diag.h"
#include "../util/log.h"
#include "../util/paths.h"
#include "../util/png.h"
#include "../util/restart.h"
#include "../util/wav.h"
#include "../speech/setup.h"
#include "../ui/listen.h"
#include "../ui/scene.h"
#include "../ui/screens.h"
#include "seat.h"
#include "shm_present.h"
#include "watchdog.h"

typedef struct {
	bool windowed, high_contrast, list_languages, list_pages, hash_pin, debug_hits;
	bool first_frame; /* benchmarks: exit once the first frame is presented */
	bool size_given;
	bool listen_prompt; /* screenshots: the headphones prompt */
	bool norwegian;     /* guides with Norwegian beside her language */
	int width, height, idle_timeout, countdown;
	float scroll; /* screenshots: pixels down the view; < 0: to the end */
	float text_scale;
	const char *screenshot, *data_dir, *locale_dir, *lang, *page, *config;
	const char *speak, *audio_out; /* --speak PAGE --audio-out FILE.wav */
} options;

/* Content the kiosk shows; staff reload replaces it in place. */
typedef struct {
	char data_dir[4096];
	guide_list guides;
	contact_list contacts;
	diag_list diags;
} content;

/* Read aloud, started once the first frame shows: the audio device and
 * espeak-ng's data would otherwise delay it (the picker has no Listen). */
static struct {
	bool wanted;
	const char *data_dir;
	const contact_list *contacts;
	int volume;
	narrator *narrator;
} voice;

static volatile sig_atomic_t stop_requested;
static bool restart_due; /* start afresh once everything is closed */

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

#ifdef MIRA_TEST_HOOKS
/* Test builds only (tests/deploy/test_watchdog.sh): SIGUSR1 freezes the
 * render loop until SIGUSR2 while every other thread runs on, as a deadlock
 * in the loop would; SIGSTOP would stop every thread and prove less. */
static volatile sig_atomic_t test_frozen;

static void on_test_signal(int sig)
{
	test_frozen = sig == SIGUSR1;
}

static void test_freeze_point(void)
{
	if (!test_frozen)
		return;
	log_warn("test hook: render loop frozen");
	while (test_frozen && !stop_requested)
		SDL_Delay(10);
	log_warn("test hook: render loop resumed");
}
#endif

static void usage(FILE *out)
{
	fprintf(
	    out,
	    "usage: mira-kiosk [options]\n"
	    "  --windowed[=WxH]      a development window (default 1280x800) instead of "
	    "fullscreen\n"
	    "  --screenshot FILE.png render one screen headless (no display needed) and exit\n"
	    "  --size WxH            screenshot size (default 1920x1080)\n"
	    "  --lang CODE           start in this language (see --list-languages)\n"
	    "  --page ID             start on this page (see --list-pages)\n"
	    "  --scroll PX|end       with --screenshot: scroll the view down first\n"
	    "  --countdown SECONDS   with --screenshot: show the idle countdown\n"
	    "  --listen-prompt       with --screenshot: show the headphones prompt\n"
	    "  --norwegian           guides with Norwegian beside her language\n"
	    "  --speak PAGE --audio-out FILE.wav   write what a visitor hears on PAGE read\n"
	    "                        aloud in --lang (headless) and exit\n"
	    "  --text-scale F        1, 1.3 or 1.6\n"
	    "  --high-contrast       black, white and yellow\n"
	    "  --idle-timeout S      seconds without a touch before the kiosk forgets (default "
	    "90)\n"
	    "  --data-dir DIR        folder with fonts/ and assets/\n"
	    "  --locale-dir DIR      compiled catalogs (default build/locale or locale in DIR)\n"
	    "  --config FILE         settings (default DIR/kiosk.conf when it exists)\n"
	    "  --hash-pin            read a staff PIN on standard input, print its config line\n"
	    "  --list-languages, --list-pages, --verbose, --debug-hits\n"
	    "  --exit-after-first-frame   (benchmarks: start-up time to the first frame)\n");
}

static bool parse_size(const char *s, int *w, int *h)
{
	char *end;
	long a, b;

	errno = 0;
	a = strtol(s, &end, 10);
	if (errno || end == s || (*end != 'x' && *end != 'X'))
		return false;
	b = strtol(end + 1, &end, 10);
	if (errno || *end || a < 320 || b < 240 || a > 8192 || b > 8192)
		return false;
	*w = (int)a;
	*h = (int)b;
	return true;
}

static int fail_option(const char *fmt, const char *arg)
{
	fprintf(stderr, "mira-kiosk: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	return 3;
}

/* Returns 0 to go on, or the exit status + 1. */
static int parse_options(int argc, char **argv, options *o)
{
	static const struct option opts[] = {{"windowed", optional_argument, NULL, 'w'},
	                                     {"size", required_argument, NULL, 's'},
	                                     {"screenshot", required_argument, NULL, 'S'},
	                                     {"data-dir", required_argument, NULL, 'd'},
	                                     {"locale-dir", required_argument, NULL, 'D'},
	                                     {"config", required_argument, NULL, 'c'},
	                                     {"lang", required_argument, NULL, 'l'},
	                                     {"page", required_argument, NULL, 'p'},
	                                     {"text-scale", required_argument, NULL, 't'},
	                                     {"high-contrast", no_argument, NULL, 'H'},
	                                     {"idle-timeout", required_argument, NULL, 'i'},
	                                     {"list-languages", no_argument, NULL, 'L'},
	                                     {"list-pages", no_argument, NULL, 'P'},
	                                     {"hash-pin", no_argument, NULL, 'x'},
	                                     {"debug-hits", no_argument, NULL, 'g'},
	                                     {"exit-after-first-frame", no_argument, NULL, 'F'},
	                                     {"verbose", no_argument, NULL, 'v'},
	                                     {"scroll", required_argument, NULL, 'y'},
	                                     {"countdown", required_argument, NULL, 'C'},
	                                     {"speak", required_argument, NULL, 'k'},
	                                     {"listen-prompt", no_argument, NULL, 'M'},
	                                     {"norwegian", no_argument, NULL, 'N'},
	                                     {"audio-out", required_argument, NULL, 'o'},
	                                     {"help", no_argument, NULL, 'h'},
	                                     {NULL, 0, NULL, 0}};
	int c;
	char *end;

	opterr = 0; /* one line of our own instead of getopt's */
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'w':
			o->windowed = true;
			o->size_given |= optarg != NULL;
			if (optarg && !parse_size(optarg, &o->width, &o->height))
				return fail_option("--windowed wants WIDTHxHEIGHT, e.g. 1280x800, "
				                   "not '%s'",
				                   optarg);
			break;
		case 's':
			if (!parse_size(optarg, &o->width, &o->height))
				log_error(
				    "--size wants WIDTHxHEIGHT from 320x240 to 8192x8192, not "
				    "'%s'; using %dx%d",
				    optarg, o->width, o->height);
			break;
		case 'S': o->screenshot = optarg; break;
		case 'k': o->speak = o->page = optarg; break;
		case 'o': o->audio_out = optarg; break;
		case 'M': o->listen_prompt = true; break;
		case 'N': o->norwegian = true; break;
		case 'y':
			o->scroll = strcmp(optarg, "end") == 0 ? -1 : strtof(optarg, &end);
			if (o->scroll >= 0 && (*end || o->scroll > 1e6f))
				return fail_option("--scroll wants pixels or 'end', not '%s'",
				                   optarg);
			break;
		case 'C':
			o->countdown = (int)strtol(optarg, &end, 10);
			if (*end || o->countdown < 1 || o->countdown > 60)
				return fail_option(
				    "--countdown wants seconds from 1 to 60, not '%s'", optarg);
			break;
		case 'd': o->data_dir = optarg; break;
		case 'D': o->locale_dir = optarg; break;
		case 'c': o->config = optarg; break;
		case 'l':
			/* A kiosk starts anyway: at the picker. */
			if (!language_find(optarg))
				log_error(
				    "unknown language '%s' (see --list-languages); starting at "
				    "the language picker",
				    optarg);
			else
				o->lang = optarg;
			break;
		case 'p': o->page = optarg; break;
		case 't':
			o->text_scale = strtof(optarg, &end);
			if (*end || o->text_scale < 1.0f || o->text_scale > 1.6f)
				return fail_option("--text-scale wants 1, 1.3 or 1.6, not '%s'",
				                   optarg);
			break;
		case 'H': o->high_contrast = true; break;
		case 'i':
			o->idle_timeout = (int)strtol(optarg, &end, 10);
			if (*end || o->idle_timeout < 16 || o->idle_timeout > 86400)
				return fail_option("--idle-timeout wants seconds from 16 to 86400, "
				                   "not '%s'",
				                   optarg);
			break;
		case 'L': o->list_languages = true; break;
		case 'P': o->list_pages = true; break;
		case 'x': o->hash_pin = true; break;
		case 'g': o->debug_hits = true; break;
		case 'F': o->first_frame = true; break;
		case 'v': log_set_level(LOG_LEVEL_INFO); break;
		case 'h': usage(stdout); return 1;
		default:
			return fail_option("unknown or incomplete option '%s' (see --help)",
			                   argv[optind - 1]);
		}
	}
	if (optind < argc)
		return fail_option("unexpected argument '%s'", argv[optind]);
	if (!o->speak != !o->audio_out)
		return fail_option("%s", "--speak PAGE and --audio-out FILE.wav go together");
	return 0;
}

static void content_load(content *c)
{
	char path[4200];

	diag_clear(&c->diags);
	snprintf(path, sizeof path, "%s/assets/guides", c->data_dir);
	guides_load_dir(path, &c->guides, &c->diags);
	snprintf(path, sizeof path, "%s/assets/contacts.txt", c->data_dir);
	contacts_load(path, &c->contacts, &c->diags);
	contacts_check_references(&c->contacts, &c->guides, &c->diags);
}

static void content_free(content *c)
{
	guides_free(&c->guides);
	contacts_free(&c->contacts);
	diag_clear(&c->diags);
}

/* Staff "reload": read the files again; on a failure keep what was shown. */
static bool content_reload(void *data)
{
	content *c = data, fresh;

	memset(&fresh, 0, sizeof fresh);
	memcpy(fresh.data_dir, c->data_dir, sizeof fresh.data_dir);
	content_load(&fresh);
	if (fresh.guides.count == 0) {
		log_error("reload found no guides; the kiosk keeps the ones it had");
		content_free(&fresh);
		return false;
	}
	content_free(c);
	*c = fresh;
	return true;
}

/* kiosk.conf: the staff PIN hash, the idle timeout, read aloud. */
static void read_config(const char *path, bool required, kiosk_config *cfg, diag_list *diags)
{
	size_t len;
	char *data = paths_read_file(path, &len);

	if (!data) {
		if (required)
			diag_add(diags, DIAG_ERROR, path, 0,
			         "the settings file cannot be read (%s); staff mode is off",
			         strerror(errno));
		return;
	}
	config_parse(path, data, len, cfg, diags);
	free(data);
}

static int hash_pin(void)
{
	char pin[64], hash[256];
	size_t n;

	if (!staff_init() || !fgets(pin, sizeof pin, stdin)) {
		fprintf(stderr, "mira-kiosk: type the PIN on standard input\n");
		return 1;
	}
	n = strcspn(pin, "\r\n");
	pin[n] = '\0';
	if (n < 4 || strspn(pin, "0123456789") != n) {
		fprintf(stderr, "mira-kiosk: the PIN must be at least 4 digits\n");
		return 1;
	}
	if (!staff_hash_pin(pin, hash, sizeof hash))
		return 1;
	printf("staff-pin-hash: %s\n", hash);
	return 0;
}

static void apply_options(app *a, const options *o)
{
	if (o->lang)
		app_set_language(a, o->lang);
	if (o->text_scale > 1.0f)
		app_set_text_scale(a, o->text_scale);
	app_set_high_contrast(a, o->high_contrast);
	if (o->norwegian)
		app_set_bilingual(a, true);
	if (o->page)
		app_open_page(a, o->page);
	else if (o->lang)
		app_open_page(a, "topics");
	if (o->scroll != 0)
		app_scroll_to(a, o->scroll < 0 ? 1e9f : o->scroll);
	if (o->countdown)
		app_show_countdown(a, o->countdown);
	if (o->listen_prompt && !app_show_listen_prompt(a))
		log_error("no Listen button on this page in this language: no prompt to show");
}

static int screenshot(const options *o, app_config *cfg)
{
	SDL_Surface *surface =
	    SDL_CreateRGBSurfaceWithFormat(0, o->width, o->height, 32, SDL_PIXELFORMAT_ARGB8888);
	SDL_Renderer *r = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
	app *a;
	int status = 1;

	cfg->renderer = r;
	a = r ? app_create(cfg, o->width, o->height) : NULL;
	if (!a) {
		log_error("cannot render headless: %s", SDL_GetError());
	} else {
		apply_options(a, o);
		app_draw(a);
		SDL_RenderPresent(r);
		if (png_save(surface, o->screenshot))
			status = 0;
		else
			log_error("cannot write %s: %s", o->screenshot, SDL_GetError());
	}
	app_destroy(a);
	if (r)
		SDL_DestroyRenderer(r);
	SDL_FreeSurface(surface);
	return status;
}

/* --speak: what a visitor would hear on a page, as a WAV file. */
static int speak(const options *o, app_config *cfg, const char *data_dir,
                 const contact_list *contacts)
{
	SDL_Surface *surface =
	    SDL_CreateRGBSurfaceWithFormat(0, o->width, o->height, 32, SDL_PIXELFORMAT_ARGB8888);
	SDL_Renderer *r = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
	narrator *n = speech_setup(data_dir, contacts, 100, false);
	app *a;
	int status = 1;

	cfg->renderer = r;
	a = r && n ? app_create(cfg, o->width, o->height) : NULL;
	if (!a) {
		log_error("cannot read aloud headless: %s", n ? SDL_GetError() : "out of memory");
	} else if (!o->lang) {
		log_error("--speak needs --lang CODE (see --list-languages)");
		status = 2;
	} else if (!narrator_can_speak(n, o->lang)) {
		log_error("no voice reads '%s': espeak-ng has none for it, and %s/assets/audio/%s "
		          "holds no recordings (README: Read aloud)",
		          o->lang, data_dir, o->lang);
		status = 2;
	} else {
		const scene *s;
		speech_block *blocks;
		short *samples = NULL;
		size_t count = 0;

		apply_options(a, o);
		s = app_scene(a);
		blocks = listen_blocks(s);
		if (blocks &&
		    narrator_render(n, blocks, s->spoken_count, 0, o->lang, screens_spoken_to(),
		                    screens_spoken_section(), &samples, &count, NULL)) {
			if (wav_save(o->audio_out, samples, count, narrator_rate()))
				status = 0;
			else
				log_error("cannot write %s: %s", o->audio_out, strerror(errno));
		} else {
			log_error("the voice could not read '%s'", o->speak);
		}
		free(samples);
		free(blocks);
	}
	app_destroy(a);
	narrator_destroy(n);
	if (r)
		SDL_DestroyRenderer(r);
	SDL_FreeSurface(surface);
	return status;
}

static int run_window(const options *o, app_config *cfg)
{
	SDL_Window *win = NULL;
	SDL_Renderer *r = NULL;
	app *a = NULL;
	Uint32 flags = 0;
	int status = 1, w, h;
	bool dirty = true, ready = false, no_gpu = access("/dev/dri", F_OK) != 0;
	shm_present *present = NULL;

	if (!o->windowed) {
		/* Lockdown: keys go to the kiosk, not to the desktop. */
		SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
		SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
		SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
		flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
	}
	/* No GPU (no /dev/dri): OpenGL would be Mesa's llvmpipe, which spends
	 * most of a start compiling shaders. SDL's own software renderer, drawing
	 * straight to the window, is then the faster and smaller choice. */
	if (no_gpu) {
		SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
		SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
	}
	/* A Wayland compositor with no seat crashes SDL (seat.h): X11 through
	 * XWayland when there is one, else wait for a seat (a touch screen
	 * plugged in later), telling systemd, instead of a crash loop. */
	if (seat_wayland_session() && !seat_available()) {
		if (getenv("DISPLAY")) {
			log_warn(
			    "the Wayland compositor offers no seat (no keyboard, mouse or touch "
			    "screen): using X11 through XWayland instead");
			setenv("SDL_VIDEODRIVER", "x11", 1);
		} else {
			log_warn(
			    "the Wayland compositor offers no seat (no keyboard, mouse or touch "
			    "screen): waiting for one before opening the screen");
			while (!stop_requested && !seat_available()) {
				watchdog_waiting(
				    "waiting for an input device (the compositor has no seat)");
				SDL_Delay(1000);
			}
			if (stop_requested)
				return 0;
		}
	}
	if (SDL_Init(SDL_INIT_VIDEO) != 0) {
		log_error("cannot open the display: %s", SDL_GetError());
		return 1;
	}
	if (o->windowed) {
		win = SDL_CreateWindow("MiRA", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
		                       o->width, o->height, flags);
	} else {
		/* The whole screen, also where no window manager honours the
		 * fullscreen request. */
		SDL_DisplayMode mode;

		if (SDL_GetDesktopDisplayMode(0, &mode) != 0) {
			mode.w = o->width;
			mode.h = o->height;
		}
		win = SDL_CreateWindow("MiRA", 0, 0, mode.w, mode.h, flags);
	}
	if (!win)
		goto end;
	/* Wayland without a GPU: frames in shared memory (shm_present.h). */
	if (no_gpu && strcmp(SDL_GetCurrentVideoDriver(), "wayland") == 0) {
		present = shm_present_create(win);
		if (present) {
			SDL_GetWindowSize(win, &w, &h);
			r = shm_present_renderer(present, w, h);
		} else {
			log_warn("no shared-memory frames (%s): drawing through SDL's texture path",
			         SDL_GetError());
		}
	}
	if (!r)
		r = SDL_CreateRenderer(win, -1, SDL_RENDERER_PRESENTVSYNC);
	if (!r)
		r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
	if (!r)
		goto end;
	if (!o->windowed) {
		SDL_ShowCursor(SDL_DISABLE);
		SDL_SetWindowKeyboardGrab(win, SDL_TRUE);
	}
	SDL_GetRendererOutputSize(r, &w, &h);
	cfg->renderer = r;
	a = app_create(cfg, w, h);
	if (!a)
		goto end;
	apply_options(a, o);
	while (!app_wants_quit(a) && !stop_requested) {
		SDL_Event e;
		Uint64 now; /* 64-bit: SDL_GetTicks wraps after 49.7 days */
		uint64_t wait;

#ifdef MIRA_TEST_HOOKS
		test_freeze_point();
#endif
		now = SDL_GetTicks64();
		dirty |= app_tick(a, now);
		/* glibc never unloads a catalog: after a few reloads, at rest,
		 * a fresh image (see catalog.h). */
		if (app_restart_due(a, now)) {
			restart_due = true;
			break;
		}
		if (dirty) {
			/* A whole frame is composed, then presented once. */
			app_draw(a);
			SDL_RenderPresent(r);
			if (present)
				shm_present_frame(present);
			dirty = false;
			if (o->first_frame)
				break;
			if (!ready) {
				watchdog_ready();
				ready = true;
				if (voice.wanted) {
					voice.narrator = speech_setup(
					    voice.data_dir, voice.contacts, voice.volume, true);
					app_set_narrator(a, voice.narrator);
				}
			}
		}
		/* From the loop itself: a frozen loop stops the keep-alives. */
		watchdog_kick(now);
		/* Short waits while something moves, longer when all is still:
		 * until the interface has something to do (a frame while the view
		 * coasts; else the next countdown second, hint or catalog look, at
		 * most half a second) or the next keep-alive is due, whichever
		 * comes first. An event ends the wait at once. */
		now = SDL_GetTicks64(); /* after the frame, which took time */
		wait = app_next_tick(a, now);
		if (watchdog_due_in(now) < wait)
			wait = watchdog_due_in(now);
		if (!SDL_WaitEventTimeout(&e, wait < 1 ? 1 : (int)wait))
			continue;
		do {
			if (e.type == SDL_WINDOWEVENT &&
			    e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
				if (present) {
					SDL_Renderer *nr = shm_present_renderer(
					    present, e.window.data1, e.window.data2);

					if (nr && nr != r) {
						r = nr;
						app_set_renderer(a, r);
					}
				}
				SDL_GetRendererOutputSize(r, &w, &h);
				app_resize(a, w, h);
				dirty = true;
			} else if (e.type == SDL_WINDOWEVENT) {
				dirty = true;
			} else {
				dirty |= app_handle_event(a, &e, SDL_GetTicks64());
			}
		} while (SDL_PollEvent(&e));
	}
	/* STOPPING=1 would have systemd wait for an exit that a restart
	 * never makes, then kill it. */
	if (!restart_due)
		watchdog_stopping();
	status = 0;
end:
	if (status)
		log_error("cannot start the kiosk window: %s", SDL_GetError());
	app_destroy(a);
	if (present)
		shm_present_destroy(present); /* its renderer with it */
	else if (r)
		SDL_DestroyRenderer(r);
	if (win)
		SDL_DestroyWindow(win);
	return status;
}

int main(int argc, char **argv)
{
	options o = {.width = 1920, .height = 1080, .text_scale = 1.0f};
	static content c;
	char path[4300], icons_dir[4300], audio_dir[4300];
	kiosk_config settings = {0};
	text_fontset *fonts = NULL;
	app_config cfg;
	struct sigaction sa;
	int status = parse_options(argc, argv, &o);

	if (status)
		return status - 1;
	if (o.hash_pin)
		return hash_pin();
	if (o.list_languages) {
		for (size_t i = 0; i < language_count(); i++)
			printf("%s\t%s\t%s\t%s\n", language_at(i)->code, language_at(i)->autonym,
			       language_at(i)->english_name, language_at(i)->plural_forms);
		return 0;
	}
	if (o.windowed && !o.size_given && !o.screenshot) {
		o.width = 1280;
		o.height = 800;
	}
	paths_data_dir(o.data_dir, c.data_dir, sizeof c.data_dir);
	content_load(&c);
	if (o.list_pages) {
		printf("picker\ntopics\nlanguage\nstaff-pin\nstaff-menu\nstaff-status\nstaff-exit\n"
		       "phrases\n");
		for (int i = 0; i < screens_phrase_count(); i++)
			printf("phrase/%d\n", i);
		for (size_t i = 0; i < c.contacts.count; i++)
			printf("qr/%s\ntel/%s\n", c.contacts.items[i].id, c.contacts.items[i].id);
		for (int t = 0; t < TOPIC_COUNT; t++)
			printf("topic/%s\n", guide_topic_id((guide_topic)t));
		for (size_t i = 0; i < c.guides.count; i++)
			printf("%s\t%s\t%s\n", c.guides.items[i]->id,
			       guide_topic_id(c.guides.items[i]->topic), c.guides.items[i]->title);
		goto end;
	}
	if (o.config)
		read_config(o.config, true, &settings, &c.diags);
	else {
		snprintf(path, sizeof path, "%s/kiosk.conf", c.data_dir);
		read_config(path, false, &settings, &c.diags);
	}
	if (settings.idle_timeout && o.idle_timeout == 0) /* the command line wins */
		o.idle_timeout = settings.idle_timeout;
	if (!staff_init())
		settings.pin_hash[0] = '\0';
	if (o.locale_dir)
		snprintf(path, sizeof path, "%s", o.locale_dir);
	else
		paths_locale_dir(c.data_dir, path, sizeof path);
	catalog_init(path);
	catalog_check_files(&c.diags);
	snprintf(path, sizeof path, "%s/fonts", c.data_dir);
	fonts = fontset_create(path);
	if (!fonts) {
		log_error("out of memory");
		status = 1;
		goto end;
	}
	snprintf(icons_dir, sizeof icons_dir, "%s/assets/icons", c.data_dir);
	snprintf(audio_dir, sizeof audio_dir, "%s/assets/audio", c.data_dir);
	cfg = (app_config){.fonts = fonts,
	                   .guides = &c.guides,
	                   .contacts = &c.contacts,
	                   .diags = &c.diags,
	                   .icons_dir = icons_dir,
	                   .idle_timeout_s = o.idle_timeout,
	                   .pin_hash = settings.pin_hash[0] ? settings.pin_hash : NULL,
	                   .kiosk_mode = !o.windowed,
	                   .hits = o.debug_hits ? stdout : NULL,
	                   .reload = content_reload,
	                   .reload_data = &c,
	                   .read_aloud = settings.read_aloud,
	                   .audio_dir = audio_dir};
	if (o.page && strcmp(o.page, "picker") && strcmp(o.page, "topics") &&
	    strcmp(o.page, "language") && strncmp(o.page, "staff-", 6) &&
	    strncmp(o.page, "topic/", 6) && strcmp(o.page, "phrases") &&
	    strncmp(o.page, "phrase/", 7) &&
	    !(strncmp(o.page, "qr/", 3) == 0 && contacts_find(&c.contacts, o.page + 3)) &&
	    !(strncmp(o.page, "tel/", 4) == 0 && contacts_find(&c.contacts, o.page + 4)) &&
	    !guides_find(&c.guides, o.page)) {
		log_error("there is no page '%s' (see --list-pages)", o.page);
		status = 2;
		goto end;
	}
	/* The kiosk writes nothing: no D-Bus session autolaunch (it would start
	 * a daemon and write files) and no Mesa shader cache in the home folder. */
	setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 0);
	setenv("MESA_SHADER_CACHE_DISABLE", "true", 0);
	setenv("MESA_GLSL_CACHE_DISABLE", "true", 0);
	/* Touches arrive as touches (src/ui/app.c), not also as SDL's mouse
	 * copies; a mouse still works as a mouse. */
	SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
	/* Signals end the loop cleanly; a window manager's close does not. */
	SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
#ifdef MIRA_TEST_HOOKS
	sa.sa_handler = on_test_signal;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
#endif
	if (o.speak) {
		status = speak(&o, &cfg, c.data_dir, &c.contacts);
		goto end;
	}
	/* The voice, unless staff turned it off: in a window after the first
	 * frame; a screenshot shows the Listen button as a kiosk with sound
	 * would, and opens no device. */
	voice.wanted = settings.read_aloud != READ_ALOUD_OFF && !o.screenshot;
	voice.data_dir = c.data_dir;
	voice.contacts = &c.contacts;
	voice.volume = settings.read_aloud_volume;
	if (o.screenshot && settings.read_aloud != READ_ALOUD_OFF)
		voice.narrator = speech_setup(c.data_dir, &c.contacts, 100, false);
	cfg.narrator = voice.narrator;
	status = o.screenshot ? screenshot(&o, &cfg) : run_window(&o, &cfg);
end:
	narrator_destroy(voice.narrator);
	fontset_destroy(fonts);
	content_free(&c);
	breaks_cleanup();
	SDL_Quit();
	if (restart_due && stop_requested) {
		watchdog_stopping();
	} else if (restart_due) {
		log_info("starting afresh: %d catalog generations loaded", catalog_generations());
		watchdog_restarting();
		restart_self(argv); /* returns only if it failed */
		log_error("cannot start afresh (%s); ending, so that systemd starts it again",
		          strerror(errno));
		watchdog_stopping();
		status = 1;
	}
	return status;
}
