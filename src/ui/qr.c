#include "qr.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <qrencode.h>

/* Text beyond ASCII is marked as UTF-8 (ECI 26): without the mark a reader
 * guesses the charset, and zbar reads the "å" of a Norwegian name as a
 * Chinese character. */
static QRcode *encode(const char *data, size_t len)
{
	QRinput *in;
	QRcode *q = NULL;
	bool ascii = true;

	for (size_t i = 0; i < len; i++)
		ascii &= (unsigned char)data[i] < 0x80;
	if (ascii)
		return QRcode_encodeData((int)len, (const unsigned char *)data, 0, QR_ECLEVEL_M);
	in = QRinput_new2(0, QR_ECLEVEL_M);
	if (in && QRinput_appendECIheader(in, 26) == 0 &&
	    QRinput_append(in, QR_MODE_8, (int)len, (const unsigned char *)data) == 0)
		q = QRcode_encodeInput(in);
	QRinput_free(in);
	return q;
}

bool qr_make(const char *data, size_t len, qr_code *out)
{
	QRcode *q = encode(data, len);

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
