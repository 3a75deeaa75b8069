#include "typeset.h"

#include <string.h>

text_layout *typeset(text_fontset *fonts, const language *lang, const char *text, float size,
                     float width, type_role role, bool center)
{
	text_font *chain[LANGUAGE_MAX_FONTS];
	const language *fonts_of = role == TYPE_NUMBER ? language_find("en") : lang;
	int n = language_font_chain(fonts_of, fonts, role != TYPE_BODY, chain);
	text_style style = language_text_style(lang, chain, n, size, width);

	style.line_spacing = role == TYPE_BODY ? 1.15f : 1.0f;
	style.center = center;

	return text_layout_create(text, strlen(text), &style);
}
