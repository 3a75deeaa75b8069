/* mira-kiosk: wires the layers together: options, window or headless
 * screenshot, the event loop. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>

#include "../content/catalog.h"
#include "../content/contacts.h"
#include "../content/guide.h"
#include "../content/language.h"
#include "../text/atlas.h"
#include "../text/breaks.h"
#include "../text/font.h"
#include "../ui/guide_page.h"
#include "../ui/welcome.h"
#include "../util/log.h"
#include "../util/paths.h"

typedef struct {
	bool windowed;
	int width, height; /* window or screenshot size */
	const char *screenshot;
	const char *data_dir;
	const char *locale_dir;
	const char *lang;
	const char *page;
	float text_scale;
	bool list_languages, list_pages;
} options;

/* What the kiosk holds while it runs. */
typedef struct {
	const options *opt;
	text_fontset *fonts;
	guide_list guides;
	contact_list contacts;
	diag_list diags;
	const language *lang;
	const guide *page; /* NULL: the welcome screen */
	welcome_screen *welcome;
	guide_page *guide;
	int w, h;
} kiosk;

static void usage(FILE *out)
{
	fprintf(
	    out,
	    "usage: mira-kiosk [--windowed[=WxH]] [--size WxH] [--screenshot FILE.png]\n"
	    "                  [--lang CODE] [--page ID] [--text-scale F] [--data-dir DIR]\n"
	    "                  [--locale-dir DIR] [--list-languages] [--list-pages] [--verbose]\n"
	    "Fullscreen by default. --screenshot renders the screen headless (no display\n"
	    "needed) at --size (default 1920x1080) and exits.\n");
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

/* Returns 0 to go on, or the exit status + 1. */
static int parse_options(int argc, char **argv, options *o)
{
	static const struct option opts[] = {{"windowed", optional_argument, NULL, 'w'},
	                                     {"size", required_argument, NULL, 's'},
	                                     {"screenshot", required_argument, NULL, 'S'},
	                                     {"data-dir", required_argument, NULL, 'd'},
	                                     {"list-languages", no_argument, NULL, 'L'},
	                                     {"list-pages", no_argument, NULL, 'P'},
	                                     {"lang", required_argument, NULL, 'l'},
	                                     {"page", required_argument, NULL, 'p'},
	                                     {"text-scale", required_argument, NULL, 't'},
	                                     {"locale-dir", required_argument, NULL, 'D'},
	                                     {"verbose", no_argument, NULL, 'v'},
	                                     {"help", no_argument, NULL, 'h'},
	                                     {NULL, 0, NULL, 0}};
	int c;

	opterr = 0; /* one line of our own instead of getopt's */
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'w':
			o->windowed = true;
			if (optarg && !parse_size(optarg, &o->width, &o->height)) {
				fprintf(stderr,
				        "mira-kiosk: --windowed wants WIDTHxHEIGHT, e.g. 1280x800, "
				        "not '%s'\n",
				        optarg);
				return 3;
			}
			break;
		case 's':
			if (!parse_size(optarg, &o->width, &o->height)) {
				fprintf(stderr,
				        "mira-kiosk: --size wants WIDTHxHEIGHT from 320x240 to "
				        "8192x8192, not '%s'\n",
				        optarg);
				return 3;
			}
			break;
		case 'S': o->screenshot = optarg; break;
		case 'd': o->data_dir = optarg; break;
		case 'L': o->list_languages = true; break;
		case 'P': o->list_pages = true; break;
		case 'l':
			if (!language_find(optarg)) {
				fprintf(
				    stderr,
				    "mira-kiosk: unknown language '%s' (see --list-languages)\n",
				    optarg);
				return 3;
			}
			o->lang = optarg;
			break;
		case 'p': o->page = optarg; break;
		case 'D': o->locale_dir = optarg; break;
		case 't': {
			char *end;

			o->text_scale = strtof(optarg, &end);
			if (*end || o->text_scale < 0.5f || o->text_scale > 3.0f) {
				fprintf(stderr,
				        "mira-kiosk: --text-scale wants a number from 0.5 to 3, "
				        "not '%s'\n",
				        optarg);
				return 3;
			}
			break;
		}
		case 'v': log_set_level(LOG_LEVEL_INFO); break;
		case 'h': usage(stdout); return 1;
		default:
			fprintf(stderr,
			        "mira-kiosk: unknown or incomplete option '%s' (see --help)\n",
			        argv[optind - 1]);
			return 3;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "mira-kiosk: unexpected argument '%s'\n", argv[optind]);
		return 3;
	}
	return 0;
}

/* (Re)builds the current screen for the window size and language. */
static void build_screen(kiosk *k)
{
	welcome_destroy(k->welcome);
	guide_page_destroy(k->guide);
	k->welcome = NULL;
	k->guide = NULL;
	if (k->page)
		k->guide = guide_page_create(k->page, &k->contacts, k->fonts, k->lang, k->w, k->h,
		                             k->opt->text_scale);
	else
		k->welcome = welcome_create(k->fonts, k->w, k->h);
}

static void draw_screen(const kiosk *k, SDL_Renderer *r, text_atlas *atlas)
{
	SDL_Rect view = {0, 0, k->w, k->h};

	if (k->welcome) {
		welcome_draw(k->welcome, r, atlas);
		return;
	}
	SDL_SetRenderDrawColor(r, 0xfa, 0xf7, 0xf2, 255);
	SDL_RenderClear(r);
	if (k->guide)
		guide_page_draw(k->guide, r, atlas, 0, &view, false);
}

static int screenshot(kiosk *k)
{
	const options *o = k->opt;
	SDL_Surface *surface =
	    SDL_CreateRGBSurfaceWithFormat(0, o->width, o->height, 32, SDL_PIXELFORMAT_ARGB8888);
	SDL_Renderer *r = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
	text_atlas *atlas = r ? atlas_create(r) : NULL;
	int status = 1;

	k->w = o->width;
	k->h = o->height;
	if (!atlas) {
		log_error("cannot render headless: %s", SDL_GetError());
	} else {
		build_screen(k);
		draw_screen(k, r, atlas);
		SDL_RenderPresent(r);
		if (IMG_SavePNG(surface, o->screenshot) == 0)
			status = 0;
		else
			log_error("cannot write %s: %s", o->screenshot, IMG_GetError());
	}
	atlas_destroy(atlas);
	if (r)
		SDL_DestroyRenderer(r);
	SDL_FreeSurface(surface);
	return status;
}

static int run_window(kiosk *k)
{
	const options *o = k->opt;
	SDL_Window *win = NULL;
	SDL_Renderer *r = NULL;
	text_atlas *atlas = NULL;
	Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI, last_poll = 0;
	int status = 1;
	bool running = true, dirty = true;

	if (SDL_Init(SDL_INIT_VIDEO) != 0) {
		log_error("cannot open the display: %s", SDL_GetError());
		return 1;
	}
	if (!o->windowed)
		flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
	win = SDL_CreateWindow("MiRA", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, o->width,
	                       o->height, flags);
	if (!win)
		goto end;
	r = SDL_CreateRenderer(win, -1, SDL_RENDERER_PRESENTVSYNC);
	if (!r)
		r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
	if (!r || !(atlas = atlas_create(r)))
		goto end;
	if (!o->windowed)
		SDL_ShowCursor(SDL_DISABLE);
	SDL_GetRendererOutputSize(r, &k->w, &k->h);
	build_screen(k);
	while (running) {
		SDL_Event e;

		if (SDL_GetTicks() - last_poll >= 500) {
			/* Staff published new catalogs: show them without restart. */
			last_poll = SDL_GetTicks();
			if (catalog_poll_reload()) {
				build_screen(k);
				dirty = true;
			}
		}
		if (dirty) {
			draw_screen(k, r, atlas);
			SDL_RenderPresent(r);
			dirty = false;
		}
		if (!SDL_WaitEventTimeout(&e, 250))
			continue;
		switch (e.type) {
		case SDL_QUIT:
			/* A window manager's close: only a development window obeys. */
			running = !o->windowed;
			break;
		case SDL_KEYDOWN:
			if (o->windowed && e.key.keysym.sym == SDLK_ESCAPE)
				running = false;
			break;
		case SDL_WINDOWEVENT:
			if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
				SDL_GetRendererOutputSize(r, &k->w, &k->h);
				build_screen(k);
			}
			dirty = true;
			break;
		default: break;
		}
	}
	status = 0;
end:
	if (status)
		log_error("cannot start the kiosk window: %s", SDL_GetError());
	atlas_destroy(atlas);
	if (r)
		SDL_DestroyRenderer(r);
	if (win)
		SDL_DestroyWindow(win);
	return status;
}

int main(int argc, char **argv)
{
	options o = {.width = 1920, .height = 1080, .text_scale = 1.0f};
	char data_dir[4096], path[4300];
	kiosk k;
	int status = parse_options(argc, argv, &o);

	if (status)
		return status - 1;
	memset(&k, 0, sizeof k);
	k.opt = &o;
	if (o.list_languages) {
		for (size_t i = 0; i < language_count(); i++)
			printf("%s\t%s\t%s\t%s\n", language_at(i)->code, language_at(i)->autonym,
			       language_at(i)->english_name, language_at(i)->plural_forms);
		return 0;
	}
	if (o.windowed && o.width == 1920 && o.height == 1080 && !o.screenshot) {
		o.width = 1280;
		o.height = 800;
	}
	paths_data_dir(o.data_dir, data_dir, sizeof data_dir);
	snprintf(path, sizeof path, "%s/assets/guides", data_dir);
	guides_load_dir(path, &k.guides, &k.diags);
	snprintf(path, sizeof path, "%s/assets/contacts.txt", data_dir);
	contacts_load(path, &k.contacts, &k.diags);
	if (o.list_pages) {
		for (size_t i = 0; i < k.guides.count; i++)
			printf("%s\t%s\t%s\n", k.guides.items[i]->id,
			       guide_topic_id(k.guides.items[i]->topic), k.guides.items[i]->title);
		goto end;
	}
	if (o.page && !(k.page = guides_find(&k.guides, o.page))) {
		log_error("there is no page '%s' (see --list-pages)", o.page);
		status = 2;
		goto end;
	}
	if (o.locale_dir)
		snprintf(path, sizeof path, "%s", o.locale_dir);
	else
		paths_locale_dir(data_dir, path, sizeof path);
	catalog_init(path);
	k.lang = language_find(o.lang ? o.lang : "en");
	catalog_set_language(k.lang->code);
	snprintf(path, sizeof path, "%s/fonts", data_dir);
	k.fonts = fontset_create(path);
	if (!k.fonts) {
		log_error("out of memory");
		status = 1;
		goto end;
	}
	status = o.screenshot ? screenshot(&k) : run_window(&k);
end:
	welcome_destroy(k.welcome);
	guide_page_destroy(k.guide);
	fontset_destroy(k.fonts);
	guides_free(&k.guides);
	contacts_free(&k.contacts);
	diag_clear(&k.diags);
	breaks_cleanup();
	SDL_Quit();
	return status;
}
