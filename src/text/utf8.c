#include "utf8.h"

#define REPLACEMENT 0xFFFDu

/* Length of the longest valid prefix ("maximal subpart") starting at s[i],
 * following Unicode Table 3-7 of well-formed byte sequences. Returns 0 when
 * s[i] cannot start a sequence. *cp receives the value when complete. */
static size_t decode_one(const unsigned char *s, size_t n, uint32_t *cp, int *complete)
{
	unsigned char b = s[0];
	size_t need;
	uint32_t v;
	unsigned char lo = 0x80, hi = 0xBF;

	*complete = 0;
	if (b < 0x80) {
		*cp = b;
		*complete = 1;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		need = 1;
		v = b & 0x1F;
	} else if (b >= 0xE0 && b <= 0xEF) {
		need = 2;
		v = b & 0x0F;
		if (b == 0xE0)
			lo = 0xA0;
		else if (b == 0xED)
			hi = 0x9F; /* no surrogates */
	} else if (b >= 0xF0 && b <= 0xF4) {
		need = 3;
		v = b & 0x07;
		if (b == 0xF0)
			lo = 0x90;
		else if (b == 0xF4)
			hi = 0x8F; /* nothing above U+10FFFF */
	} else {
		return 0;
	}
	for (size_t k = 1; k <= need; k++) {
		if (k >= n || s[k] < lo || s[k] > hi)
			return k; /* maximal subpart ends before s[k] */
		v = (v << 6) | (s[k] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = v;
	*complete = 1;
	return need + 1;
}

size_t utf8_decode(const char *str, size_t len, uint32_t *out, size_t *offsets)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n = 0;

	while (i < len) {
		uint32_t cp = REPLACEMENT;
		int complete;
		size_t used = decode_one(s + i, len - i, &cp, &complete);

		if (!complete) {
			cp = REPLACEMENT;
			if (used == 0)
				used = 1;
		}
		if (offsets)
			offsets[n] = i;
		out[n++] = cp;
		i += used;
	}
	return n;
}

int utf8_encode(uint32_t cp, char *buf)
{
	unsigned char *b = (unsigned char *)buf;

	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = REPLACEMENT;
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char)(0xF0 | (cp >> 18));
	b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}
