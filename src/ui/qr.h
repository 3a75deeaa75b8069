/* QR codes (libqrencode) for what a visitor takes home, and how the scene
 * draws one: black on white in every theme, whole pixels per module, a
 * quiet zone of four modules. */
#ifndef MIRA_UI_QR_H
#define MIRA_UI_QR_H

#include <stdbool.h>
#include <stddef.h>

#include <SDL.h>

typedef struct {
	unsigned char *modules; /* size x size, 1 = dark; owned */
	int size;
} qr_code;

#define QR_QUIET 4 /* modules of white around the code */

/* Encodes data (bytes, UTF-8 text, marked as UTF-8 when it is not ASCII)
 * at error correction level M; false if it does not fit or memory ran out. */
bool qr_make(const char *data, size_t len, qr_code *out);
void qr_free(qr_code *q);

/* The whole-pixel module size that fits side pixels (quiet zone included),
 * at least 1. */
int qr_module_px(const qr_code *q, float side);

/* Draws q with its quiet zone, its top left corner at (x, y). */
void qr_draw(const qr_code *q, SDL_Renderer *r, float x, float y, int module_px);

#endif
