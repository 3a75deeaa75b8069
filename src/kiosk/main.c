/* mira-kiosk: wires the layers together: options, window or headless
 * screenshot, the event loop. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>

#include "../content/language.h"
#include "../text/atlas.h"
#include "../text/breaks.h"
#include "../text/font.h"
#include "../ui/welcome.h"
#include "../util/log.h"
#include "../util/paths.h"

typedef struct {
	bool windowed;
	int width, height; /* window or screenshot size */
	const char *screenshot;
	const char *data_dir;
	bool list_languages;
} options;

static void usage(FILE *out)
{
	fprintf(out,
		"usage: mira-kiosk [--windowed[=WxH]] [--size WxH] [--screenshot FILE.png]\n"
		"                  [--data-dir DIR] [--list-languages] [--verbose]\n"
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
				fprintf(stderr, "mira-kiosk: --windowed wants WIDTHxHEIGHT, e.g. 1280x800, not '%s'\n", optarg);
				return 3;
			}
			break;
		case 's':
			if (!parse_size(optarg, &o->width, &o->height)) {
				fprintf(stderr, "mira-kiosk: --size wants WIDTHxHEIGHT from 320x240 to 8192x8192, not '%s'\n", optarg);
				return 3;
			}
			break;
		case 'S':
			o->screenshot = optarg;
			break;
		case 'd':
			o->data_dir = optarg;
			break;
		case 'L':
			o->list_languages = true;
			break;
		case 'v':
			log_set_level(LOG_LEVEL_INFO);
			break;
		case 'h':
			usage(stdout);
			return 1;
		default:
			fprintf(stderr, "mira-kiosk: unknown or incomplete option '%s' (see --help)\n",
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

static int screenshot(const options *o, text_fontset *fonts)
{
	SDL_Surface *surface =
	    SDL_CreateRGBSurfaceWithFormat(0, o->width, o->height, 32, SDL_PIXELFORMAT_ARGB8888);
	SDL_Renderer *r = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
	text_atlas *atlas = r ? atlas_create(r) : NULL;
	welcome_screen *screen = atlas ? welcome_create(fonts, o->width, o->height) : NULL;
	int status = 1;

	if (!screen) {
		log_error("cannot render headless: %s", SDL_GetError());
	} else {
		welcome_draw(screen, r, atlas);
		SDL_RenderPresent(r);
		if (IMG_SavePNG(surface, o->screenshot) == 0)
			status = 0;
		else
			log_error("cannot write %s: %s", o->screenshot, IMG_GetError());
	}
	welcome_destroy(screen);
	atlas_destroy(atlas);
	if (r)
		SDL_DestroyRenderer(r);
	SDL_FreeSurface(surface);
	return status;
}

static int run_window(const options *o, text_fontset *fonts)
{
	SDL_Window *win = NULL;
	SDL_Renderer *r = NULL;
	text_atlas *atlas = NULL;
	welcome_screen *screen = NULL;
	Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
	int status = 1, w, h;
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
	SDL_GetRendererOutputSize(r, &w, &h);
	screen = welcome_create(fonts, w, h);
	while (running) {
		SDL_Event e;

		if (dirty && screen) {
			welcome_draw(screen, r, atlas);
			SDL_RenderPresent(r);
			dirty = false;
		}
		if (!SDL_WaitEventTimeout(&e, 1000))
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
				SDL_GetRendererOutputSize(r, &w, &h);
				welcome_destroy(screen);
				screen = welcome_create(fonts, w, h);
			}
			dirty = true;
			break;
		default:
			break;
		}
	}
	status = 0;
end:
	if (status)
		log_error("cannot start the kiosk window: %s", SDL_GetError());
	welcome_destroy(screen);
	atlas_destroy(atlas);
	if (r)
		SDL_DestroyRenderer(r);
	if (win)
		SDL_DestroyWindow(win);
	return status;
}

int main(int argc, char **argv)
{
	options o = {.width = 1920, .height = 1080};
	char data_dir[4096], fonts_dir[4200];
	text_fontset *fonts = NULL;
	int status = parse_options(argc, argv, &o);

	if (status)
		return status - 1;
	if (o.list_languages) {
		for (size_t i = 0; i < language_count(); i++)
			printf("%s\t%s\t%s\n", language_at(i)->code, language_at(i)->autonym,
			       language_at(i)->english_name);
		return 0;
	}
	if (o.windowed && o.width == 1920 && o.height == 1080 && !o.screenshot) {
		o.width = 1280;
		o.height = 800;
	}
	paths_data_dir(o.data_dir, data_dir, sizeof data_dir);
	snprintf(fonts_dir, sizeof fonts_dir, "%s/fonts", data_dir);
	fonts = fontset_create(fonts_dir);
	if (!fonts) {
		log_error("out of memory");
		return 1;
	}
	status = o.screenshot ? screenshot(&o, fonts) : run_window(&o, fonts);
	fontset_destroy(fonts);
	breaks_cleanup();
	SDL_Quit();
	return status;
}
