#include "language.h"

#include <string.h>

#include "../text/font.h"

#define SANS      "NotoSans-Regular.ttf"
#define NASKH     "NotoNaskhArabic-Regular.ttf"
#define ARABIC_UI "NotoSansArabic-Regular.ttf"
#define NASTALIQ  "NotoNastaliqUrdu-Regular.ttf"
#define ETHIOPIC  "NotoSansEthiopic-Regular.ttf"

#define ONE_OTHER     "nplurals=2; plural=(n != 1);"
#define ZERO_ONE_SAME "nplurals=2; plural=(n > 1);"
#define SLAVIC_UK                                                                                  \
	"nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "       \
	"n%100>=20) ? 1 : 2);"
#define SLAVIC_PL                                                                                  \
	"nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
#define ARABIC_PLURAL                                                                              \
	"nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "        \
	"n%100>=11 ? 4 : 5);"

/* Sorani stays off the Nastaliq font: it lacks ڕ ڵ ێ. Ethiopic lacks ASCII
 * digits and Naskh lacks ( ) [ ] %: Noto Sans, last in every chain, has them. */
static const language languages[] = {
    {"nb", "Norsk bokmål", "Norwegian Bokmål", false, {SANS}, {SANS}, ONE_OTHER, 2, 1.0f},
    {"en", "English", "English", false, {SANS}, {SANS}, ONE_OTHER, 2, 1.0f},
    {"ar", "العربية", "Arabic", true, {NASKH, SANS}, {ARABIC_UI, SANS}, ARABIC_PLURAL, 6, 1.0f},
    {"fa", "فارسی", "Persian", true, {NASKH, SANS}, {ARABIC_UI, SANS}, ZERO_ONE_SAME, 2, 1.0f},
    {"ur",
     "اردو",
     "Urdu",
     true,
     {NASTALIQ, NASKH, SANS},
     {NASTALIQ, NASKH, SANS},
     ONE_OTHER,
     2,
     1.3f},
    {"ckb",
     "کوردیی ناوەندی",
     "Sorani Kurdish",
     true,
     {NASKH, SANS},
     {ARABIC_UI, SANS},
     ONE_OTHER,
     2,
     1.0f},
    {"so", "Soomaali", "Somali", false, {SANS}, {SANS}, ONE_OTHER, 2, 1.0f},
    {"ti", "ትግርኛ", "Tigrinya", false, {ETHIOPIC, SANS}, {ETHIOPIC, SANS}, ZERO_ONE_SAME, 2, 1.0f},
    {"uk", "Українська", "Ukrainian", false, {SANS}, {SANS}, SLAVIC_UK, 3, 1.0f},
    {"pl", "Polski", "Polish", false, {SANS}, {SANS}, SLAVIC_PL, 3, 1.0f},
    {"tr", "Türkçe", "Turkish", false, {SANS}, {SANS}, ONE_OTHER, 2, 1.0f},
};

size_t language_count(void)
{
	return sizeof languages / sizeof languages[0];
}

const language *language_at(size_t i)
{
	return i < language_count() ? &languages[i] : NULL;
}

const char *language_norwegian_name(const language *lang)
{
	static const char *const names[][2] = {
	    {"nb", "norsk"},   {"en", "engelsk"},  {"ar", "arabisk"},
	    {"fa", "persisk"}, {"ur", "urdu"},     {"ckb", "kurdisk (sorani)"},
	    {"so", "somali"},  {"ti", "tigrinja"}, {"uk", "ukrainsk"},
	    {"pl", "polsk"},   {"tr", "tyrkisk"},
	};

	for (size_t i = 0; lang && i < sizeof names / sizeof *names; i++)
		if (strcmp(names[i][0], lang->code) == 0)
			return names[i][1];
	return lang ? lang->english_name : "";
}

const language *language_find(const char *code)
{
	for (size_t i = 0; code && i < language_count(); i++)
		if (strcmp(languages[i].code, code) == 0)
			return &languages[i];
	return NULL;
}

int language_font_chain(const language *lang, struct text_fontset *set, bool ui,
                        struct text_font **chain)
{
	const char *const *names = ui ? lang->ui_fonts : lang->body_fonts;
	int n = 0;

	for (int i = 0; i < LANGUAGE_MAX_FONTS && names[i]; i++) {
		text_font *f = fontset_get(set, names[i]);

		if (f)
			chain[n++] = f;
	}
	return n;
}

text_style language_text_style(const language *lang, text_font *const *chain, int nchain,
                               float size, float width)
{
	text_style style = {.lang = lang->code,
	                    .dir = lang->rtl ? TEXT_DIR_RTL : TEXT_DIR_LTR,
	                    .chain = chain,
	                    .nchain = nchain,
	                    .size = size,
	                    .width = width,
	                    .line_spacing = 1.0f};

	return style;
}
