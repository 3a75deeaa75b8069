/* mira-text: the text engine alone, like pango-view. Paragraphs (separated by
 * blank lines) are laid out at a width and drawn black on white into a PNG. */
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
#include "../text/draw.h"
#include "../text/font.h"
#include "../text/layout.h"
#include "../util/log.h"
#include "../util/paths.h"
#include "../util/png.h"

#define MARGIN         16
#define MAX_PARAGRAPHS 4096

static void usage(FILE *out)
{
	fprintf(out, "usage: mira-text --lang CODE [--width PX] [--size PX] [--out FILE.png]\n"
	             "                 [--fonts DIR] [--dump] [FILE|-]\n"
	             "Lays out the paragraphs of FILE (or standard input; blank lines separate\n"
	             "paragraphs) with the kiosk's text engine and writes a PNG, black on white.\n"
	             "--dump prints lines, runs and glyphs instead of (or besides) the image.\n");
}

static bool parse_number(const char *s, float lo, float hi, float *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end || v < lo || v > hi)
		return false;
	*out = (float)v;
	return true;
}

/* Splits text into paragraphs in place: blank lines separate them, single
 * line ends inside one become spaces. Returns the count. */
static size_t split_paragraphs(char *text, char **paras, size_t *lens, size_t max)
{
	size_t count = 0;
	char *p = text;

	while (*p && count < max) {
		char *start, *w;

		while (*p == '\n' || *p == '\r')
			p++;
		if (!*p)
			break;
		start = w = p;
		while (*p) {
			if (*p == '\r') {
				p++;
				continue;
			}
			if (*p == '\n') {
				char *q = p + 1;

				while (*q == '\r' || *q == ' ' || *q == '\t')
					q++;
				if (*q == '\n' || *q == '\0') {
					p = q;
					break;
				}
				*w++ = ' ';
				p++;
				continue;
			}
			*w++ = *p++;
		}
		paras[count] = start;
		lens[count] = (size_t)(w - start);
		count++;
		if (*p)
			*w = '\0';
	}
	return count;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
	    {"lang", required_argument, NULL, 'l'},  {"width", required_argument, NULL, 'w'},
	    {"size", required_argument, NULL, 's'},  {"out", required_argument, NULL, 'o'},
	    {"fonts", required_argument, NULL, 'f'}, {"dump", no_argument, NULL, 'd'},
	    {"help", no_argument, NULL, 'h'},        {NULL, 0, NULL, 0}};
	const char *lang_code = NULL, *out_path = NULL, *fonts_dir = NULL, *in_path = "-";
	float width = 600, size = 24;
	bool dump = false;
	const language *lang;
	char data_dir[4096], font_path[4200];
	char *text = NULL;
	char **paras = NULL;
	size_t *lens = NULL, npara, len;
	text_fontset *fonts = NULL;
	text_font *chain[LANGUAGE_MAX_FONTS];
	text_layout **layouts = NULL;
	SDL_Surface *surface = NULL;
	SDL_Renderer *renderer = NULL;
	text_atlas *atlas = NULL;
	int status = 1, c, nchain;
	float height = 0, y;

	opterr = 0; /* one line of our own instead of getopt's */
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l': lang_code = optarg; break;
		case 'w':
			if (!parse_number(optarg, 1, 100000, &width)) {
				fprintf(
				    stderr,
				    "mira-text: --width wants pixels from 1 to 100000, not '%s'\n",
				    optarg);
				return 2;
			}
			break;
		case 's':
			if (!parse_number(optarg, 1, 1000, &size)) {
				fprintf(stderr,
				        "mira-text: --size wants pixels from 1 to 1000, not '%s'\n",
				        optarg);
				return 2;
			}
			break;
		case 'o': out_path = optarg; break;
		case 'f': fonts_dir = optarg; break;
		case 'd': dump = true; break;
		case 'h': usage(stdout); return 0;
		default:
			fprintf(stderr,
			        "mira-text: unknown or incomplete option '%s' (see --help)\n",
			        argv[optind - 1]);
			return 2;
		}
	}
	if (optind < argc)
		in_path = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "mira-text: one input file at most ('%s' is extra)\n",
		        argv[optind]);
		return 2;
	}
	if (!lang_code) {
		fprintf(stderr, "mira-text: --lang is required (for example --lang ar)\n");
		return 2;
	}
	lang = language_find(lang_code);
	if (!lang) {
		fprintf(stderr, "mira-text: unknown language '%s'; known:", lang_code);
		for (size_t i = 0; i < language_count(); i++)
			fprintf(stderr, " %s", language_at(i)->code);
		fputc('\n', stderr);
		return 2;
	}
	if (!out_path && !dump) {
		fprintf(
		    stderr,
		    "mira-text: say where the image goes with --out FILE.png (or use --dump)\n");
		return 2;
	}
	text = paths_read_file(in_path, &len);
	if (!text) {
		fprintf(stderr, "mira-text: cannot read %s: %s\n",
		        strcmp(in_path, "-") == 0 ? "standard input" : in_path, strerror(errno));
		return 1;
	}
	paths_data_dir(NULL, data_dir, sizeof data_dir);
	snprintf(font_path, sizeof font_path, "%s/fonts", data_dir);
	fonts = fontset_create(fonts_dir ? fonts_dir : font_path);
	paras = calloc(MAX_PARAGRAPHS, sizeof *paras);
	lens = calloc(MAX_PARAGRAPHS, sizeof *lens);
	layouts = calloc(MAX_PARAGRAPHS, sizeof *layouts);
	if (!fonts || !paras || !lens || !layouts)
		goto end;
	nchain = language_font_chain(lang, fonts, false, chain);
	if (nchain == 0) {
		fprintf(stderr, "mira-text: no font for '%s' could be opened in %s\n", lang->code,
		        fonts_dir ? fonts_dir : font_path);
		goto end;
	}
	npara = split_paragraphs(text, paras, lens, MAX_PARAGRAPHS);
	for (size_t i = 0; i < npara; i++) {
		text_style style = language_text_style(lang, chain, nchain, size, width);

		layouts[i] = text_layout_create(paras[i], lens[i], &style);
		if (!layouts[i]) {
			fprintf(stderr, "mira-text: out of memory laying out paragraph %zu\n",
			        i + 1);
			goto end;
		}
		if (dump)
			text_layout_dump(layouts[i], stdout);
		height += text_layout_height(layouts[i]) + (i ? size * 0.5f : 0);
	}
	if (!out_path) {
		status = 0;
		goto end;
	}
	surface = SDL_CreateRGBSurfaceWithFormat(0, (int)width + 2 * MARGIN,
	                                         (int)(height + 0.999f) + 2 * MARGIN, 32,
	                                         SDL_PIXELFORMAT_ARGB8888);
	renderer = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
	atlas = renderer ? atlas_create(renderer) : NULL;
	if (!atlas) {
		fprintf(stderr, "mira-text: cannot create the image: %s\n", SDL_GetError());
		goto end;
	}
	SDL_SetRenderDrawColor(renderer, 255, 255, 255, 255);
	SDL_RenderClear(renderer);
	y = MARGIN;
	for (size_t i = 0; i < npara; i++) {
		if (i)
			y += size * 0.5f;
		text_draw(renderer, atlas, layouts[i], MARGIN, y, (SDL_Color){0, 0, 0, 255}, NULL);
		y += text_layout_height(layouts[i]);
	}
	SDL_RenderPresent(renderer);
	if (!png_save(surface, out_path)) {
		fprintf(stderr, "mira-text: cannot write %s: %s\n", out_path, SDL_GetError());
		goto end;
	}
	status = 0;
end:
	for (size_t i = 0; layouts && i < MAX_PARAGRAPHS && layouts[i]; i++)
		text_layout_destroy(layouts[i]);
	atlas_destroy(atlas);
	if (renderer)
		SDL_DestroyRenderer(renderer);
	SDL_FreeSurface(surface);
	fontset_destroy(fonts);
	breaks_cleanup();
	free(layouts);
	free(paras);
	free(lens);
	free(text);
	SDL_Quit();
	return status;
}
