#include "itemize.h"

#include <fribidi.h>
#include <stdlib.h>

bool itemize_is_invisible(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || c == 0x34F || c == 0x61C ||
	       (c >= 0x115F && c <= 0x1160) || (c >= 0x17B4 && c <= 0x17B5) ||
	       (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) ||
	       (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 ||
	       (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFA0 ||
	       (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
	       (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
}

static bool is_real(hb_script_t s)
{
	return s != HB_SCRIPT_COMMON && s != HB_SCRIPT_INHERITED && s != HB_SCRIPT_UNKNOWN;
}

#define MAX_BRACKETS 64

void itemize_scripts(const uint32_t *cps, size_t n, hb_script_t *scripts)
{
	hb_unicode_funcs_t *uf = hb_unicode_funcs_get_default();
	struct {
		uint32_t bracket;
		hb_script_t script;
	} stack[MAX_BRACKETS];
	int depth = 0;
	hb_script_t last = HB_SCRIPT_COMMON;
	size_t first_real = n;

	for (size_t i = 0; i < n; i++) {
		hb_script_t s = hb_unicode_script(uf, cps[i]);
		FriBidiBracketType b;

		if (is_real(s)) {
			if (first_real == n)
				first_real = i;
			last = s;
			scripts[i] = s;
			continue;
		}
		scripts[i] = last;
		b = fribidi_get_bracket(cps[i]);
		if (b == FRIBIDI_NO_BRACKET)
			continue;
		if (FRIBIDI_IS_BRACKET_OPEN(b)) {
			if (depth < MAX_BRACKETS) {
				stack[depth].bracket = FRIBIDI_BRACKET_ID(b);
				stack[depth].script = last;
				depth++;
			}
			continue;
		}
		/* A closer pops up to its opener (BD16), taking its script. */
		for (int d = depth - 1; d >= 0; d--) {
			if (stack[d].bracket == FRIBIDI_BRACKET_ID(b)) {
				scripts[i] = stack[d].script;
				depth = d;
				break;
			}
		}
	}
	/* Leading Common characters (and all of them if nothing is real yet)
	 * take the first real script. */
	for (size_t i = 0; i < first_real && first_real < n; i++)
		if (!is_real(scripts[i]))
			scripts[i] = scripts[first_real];
	/* Brackets opened before any real script may still be Common. */
	for (size_t i = 0; i < n; i++)
		if (!is_real(scripts[i]) && first_real < n)
			scripts[i] = scripts[first_real];
}

static bool covers_grapheme(const text_font *f, const uint32_t *cps, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (!itemize_is_invisible(cps[i]) && !font_covers(f, cps[i]))
			return false;
	return true;
}

static bool all_invisible(const uint32_t *cps, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (!itemize_is_invisible(cps[i]))
			return false;
	return true;
}

void itemize_fonts(const uint32_t *cps, size_t n, const uint8_t *graph, text_font *const *chain,
                   int nchain, uint8_t *fonts)
{
	hb_unicode_funcs_t *uf = hb_unicode_funcs_get_default();
	int prev = -1;
	size_t first_visible_end = 0; /* graphemes before the first visible one */
	size_t a = 0;

	while (a < n) {
		size_t b = a + 1;
		int pick = -1;

		while (b < n && !graph[b])
			b++;
		if (all_invisible(cps, a, b)) {
			pick = prev;
		} else {
			hb_script_t own = hb_unicode_script(uf, cps[a]);

			/* Spaces, digits and punctuation stay in the font before them
			 * when it has them: fewer runs, and kerning is kept. */
			if (prev >= 0 && !is_real(own) && covers_grapheme(chain[prev], cps, a, b))
				pick = prev;
			for (int k = 0; pick < 0 && k < nchain; k++)
				if (covers_grapheme(chain[k], cps, a, b))
					pick = k;
			/* No font has every character: one that has the base. */
			for (int k = 0; pick < 0 && k < nchain; k++)
				if (font_covers(chain[k], cps[a]))
					pick = k;
			if (pick < 0)
				pick = 0;
			if (prev < 0)
				first_visible_end = a;
		}
		for (size_t i = a; i < b; i++)
			fonts[i] = (uint8_t)(pick < 0 ? 0 : pick);
		if (pick >= 0)
			prev = pick;
		a = b;
	}
	/* Invisible graphemes at the start take the first visible font. */
	for (size_t i = 0; i < first_visible_end && prev >= 0; i++)
		fonts[i] = fonts[first_visible_end];
}
