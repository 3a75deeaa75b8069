/* png-compare: compares a rendered PNG with its golden image, with graded
 * tolerance (as libass's compare tool does): faint anti-aliasing changes
 * pass, a moved or missing glyph does not, not even the smallest one.
 *   png-compare GOLDEN.png ACTUAL.png [DIFF.png]
 * Exit 0 when alike, 1 when different, 2 when a file cannot be read. */
#include <stdio.h>
#include <stdlib.h>

#include <SDL.h>
#include <SDL_image.h>

/* A pixel "differs" when a channel moves by more than this many levels. */
#define PIXEL_THRESHOLD 32
/* Alike when at most this many pixels differ... Measured on the samples at
 * 32 px: a correct rendering differs in 0 pixels; leaving out one glyph
 * makes 8 or more differ (the smallest, a piece of Nastaliq's TTEH, 8; a
 * full stop 13; the middle letter 75 or more), so a count, not a share of
 * the image, is what catches one missing letter
 * (tests/mutation/test_missing_glyph.sh proves it in every language). */
#define MAX_DIFFERING_PIXELS 4
/* ...and the mean absolute difference stays this small (levels). */
#define MAX_MEAN_DIFF 0.5

static SDL_Surface *load(const char *path)
{
	SDL_Surface *raw = IMG_Load(path), *s;

	if (!raw) {
		fprintf(stderr, "png-compare: cannot read %s: %s\n", path, IMG_GetError());
		return NULL;
	}
	s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
	SDL_FreeSurface(raw);
	return s;
}

int main(int argc, char **argv)
{
	SDL_Surface *a, *b, *diff = NULL;
	long differing = 0;
	double total = 0, mean;
	int status;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: png-compare GOLDEN.png ACTUAL.png [DIFF.png]\n");
		return 2;
	}
	a = load(argv[1]);
	b = load(argv[2]);
	if (!a || !b)
		return 2;
	if (a->w != b->w || a->h != b->h) {
		printf("%s: size %dx%d, golden %dx%d\n", argv[2], b->w, b->h, a->w, a->h);
		return 1;
	}
	if (argc == 4)
		diff = SDL_CreateRGBSurfaceWithFormat(0, a->w, a->h, 32, SDL_PIXELFORMAT_ARGB8888);
	for (int y = 0; y < a->h; y++) {
		const Uint32 *pa = (const Uint32 *)((const Uint8 *)a->pixels + y * a->pitch);
		const Uint32 *pb = (const Uint32 *)((const Uint8 *)b->pixels + y * b->pitch);

		for (int x = 0; x < a->w; x++) {
			int worst = 0;

			for (int sh = 0; sh < 24; sh += 8) {
				int d =
				    abs((int)((pa[x] >> sh) & 0xFF) - (int)((pb[x] >> sh) & 0xFF));

				total += d / 3.0;
				if (d > worst)
					worst = d;
			}
			if (worst > PIXEL_THRESHOLD)
				differing++;
			if (diff)
				((Uint32 *)((Uint8 *)diff->pixels + y * diff->pitch))[x] =
				    worst > PIXEL_THRESHOLD
				        ? 0xFFFF0000u
				        : 0xFF000000u | (Uint32)(255 - worst / 2) * 0x010101u;
		}
	}
	mean = total / ((double)a->w * a->h);
	status = differing <= MAX_DIFFERING_PIXELS && mean <= MAX_MEAN_DIFF ? 0 : 1;
	printf("%s: %ld pixels differ (at most %d may), mean difference %.3f: %s\n", argv[2],
	       differing, MAX_DIFFERING_PIXELS, mean, status ? "DIFFERENT" : "alike");
	if (diff && status)
		IMG_SavePNG(diff, argv[3]);
	SDL_FreeSurface(diff);
	SDL_FreeSurface(a);
	SDL_FreeSurface(b);
	SDL_Quit();
	return status;
}
