/* Fuzz target: the whole text engine (decode, bidi, itemize, shape, break,
 * reorder) on arbitrary bytes, with a width, a size and a language taken
 * from the first bytes. Seeds: tests/data/samples and the layout tests. */
#include <stddef.h>
#include <stdint.h>

#include "../../src/content/language.h"
#include "../../src/text/breaks.h"
#include "../../src/text/layout.h"
#include "../../src/util/log.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static text_fontset *fonts;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	text_font *chain[LANGUAGE_MAX_FONTS];
	const language *lang;
	text_layout *l;
	float width, px;
	int n;

	if (size < 3)
		return 0;
	if (!fonts) {
		log_set_level(LOG_LEVEL_NONE);
		fonts = fontset_create("fonts");
	}
	lang = language_at(data[0] % language_count());
	width = (float)data[1] * 4.0f; /* 0 (no wrapping) to 1020 px */
	px = 4.0f + (float)(data[2] % 96);
	n = language_font_chain(lang, fonts, data[0] & 0x80, chain);
	{
		text_style style = language_text_style(lang, chain, n, px, width);

		style.center = data[1] & 1;

		l = text_layout_create((const char *)data + 3, size - 3, &style);
	}
	text_layout_destroy(l);
	return 0;
}
