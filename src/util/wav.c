#include "wav.h"

#include <stdint.h>
#include <stdio.h>

static void le32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void le16(unsigned char *p, uint16_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
}

bool wav_save(const char *path, const short *samples, size_t count, int rate)
{
	unsigned char h[44] = "RIFF____WAVEfmt ____________________data____";
	uint32_t bytes = (uint32_t)(count * 2);
	FILE *f = fopen(path, "wb");
	bool ok;

	if (!f)
		return false;
	le32(h + 4, 36 + bytes);
	le32(h + 16, 16); /* fmt chunk size */
	le16(h + 20, 1);  /* PCM */
	le16(h + 22, 1);  /* mono */
	le32(h + 24, (uint32_t)rate);
	le32(h + 28, (uint32_t)rate * 2); /* bytes a second */
	le16(h + 32, 2);                  /* bytes a frame */
	le16(h + 34, 16);                 /* bits a sample */
	le32(h + 40, bytes);
	ok = fwrite(h, 1, sizeof h, f) == sizeof h;
	/* Little-endian samples: every machine the kiosk runs on. */
	ok = ok && fwrite(samples, 2, count, f) == count;
	ok = fclose(f) == 0 && ok;
	return ok;
}
