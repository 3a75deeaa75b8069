#include "qr.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <qrencode.h>

bool qr_make(const char *data, size_t len, qr_code *out)
{
	QRcode *q = QRcode_encodeData((int)len, (const unsigned char *)data, 0, QR_ECLEVEL_M);

	memset(out, 0, sizeof *out);
	if (!q)
		return false;
	out->size = q->width;
	out->modules = malloc((size_t)q->width * (size_t)q->width);
	if (out->modules)
		for (int i = 0; i < q->width * q->width; i++)
			out->modules[i] = q->data[i] & 1; /* bit 0: dark */
	QRcode_free(q);
	return out->modules != NULL;
}

void qr_free(qr_code *q)
{
	free(q->modules);
	memset(q, 0, sizeof *q);
}

int qr_module_px(const qr_code *q, float side)
{
	int px = (int)floorf(side / (float)(q->size + 2 * QR_QUIET));

	return px < 1 ? 1 : px;
}

void qr_draw(const qr_code *q, SDL_Renderer *r, float x, float y, int px)
{
	float full = (float)((q->size + 2 * QR_QUIET) * px);
	SDL_Rect white = {(int)x, (int)y, (int)full, (int)full};

	/* Whole pixels: the corner lands on a pixel, each module is px wide. */
	SDL_SetRenderDrawColor(r, 255, 255, 255, 255);
	SDL_RenderFillRect(r, &white);
	SDL_SetRenderDrawColor(r, 0, 0, 0, 255);
	for (int row = 0; row < q->size; row++)
		for (int col = 0; col < q->size; col++)
			if (q->modules[row * q->size + col]) {
				SDL_Rect m = {white.x + (QR_QUIET + col) * px,
				              white.y + (QR_QUIET + row) * px, px, px};

				SDL_RenderFillRect(r, &m);
			}
}
