#include "png.h"

#include <png.h>
#include <stdio.h>
#include <stdlib.h>

/* The libpng part, alone so that nothing it changes lives across setjmp. */
static bool encode(FILE *f, SDL_Surface *s, bool direct)
{
	png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png ? png_create_info_struct(png) : NULL;

	if (!info) {
		png_destroy_write_struct(&png, NULL);
		SDL_SetError("out of memory");
		return false;
	}
	if (setjmp(png_jmpbuf(png))) {
		png_destroy_write_struct(&png, &info);
		SDL_SetError("libpng could not write the image");
		return false;
	}
	png_init_io(png, f);
	/* Fast over small (level 1, no filter): a screen of flat colour and
	 * text compresses well even so, and nine tenths of the time went here. */
	png_set_compression_level(png, 1);
	png_set_filter(png, 0, PNG_FILTER_NONE);
	png_set_IHDR(png, info, (png_uint_32)s->w, (png_uint_32)s->h, 8, PNG_COLOR_TYPE_RGB,
	             PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_write_info(png, info);
	if (direct) {
		/* ARGB8888 is B, G, R and a filler byte in memory: libpng reorders
		 * and drops, so no converted copy is made. */
		png_set_bgr(png);
		png_set_filler(png, 0, PNG_FILLER_AFTER);
	}
	for (int y = 0; y < s->h; y++)
		png_write_row(png, (png_const_bytep)s->pixels + (size_t)y * (size_t)s->pitch);
	png_write_end(png, NULL);
	png_destroy_write_struct(&png, &info);
	return true;
}

bool png_save(SDL_Surface *surface, const char *path)
{
	bool direct = surface->format->format == SDL_PIXELFORMAT_ARGB8888 ||
	              surface->format->format == SDL_PIXELFORMAT_XRGB8888;
	SDL_Surface *rgb =
	    direct ? surface : SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGB24, 0);
	FILE *f;
	bool ok;

	if (!rgb)
		return false;
	f = fopen(path, "wb");
	if (!f) {
		SDL_SetError("cannot open %s for writing", path);
		ok = false;
	} else {
		ok = encode(f, rgb, direct);
		if (fclose(f) != 0)
			ok = false;
	}
	if (!direct)
		SDL_FreeSurface(rgb);
	return ok;
}
