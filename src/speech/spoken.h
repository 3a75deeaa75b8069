/* What a text sounds like: the kiosk's display text turned into SSML for
 * espeak-ng, so that what a visitor hears carries the same facts as what
 * she reads. Phone numbers are read digit by digit in their groups, web and
 * e-mail addresses are spelled, "§ 53" and "09:00–16:00" read as words in
 * her language, and Norwegian names (NAV, legevakt, a law's name) switch to
 * the Norwegian voice, as a Norwegian would say them at the desk. */
#ifndef MIRA_SPEECH_SPOKEN_H
#define MIRA_SPEECH_SPOKEN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
	const char *lang;         /* the reader's language code ("ar") */
	bool latin_script;        /* her script is Latin: only listed names switch */
	const char *to_word;      /* between the ends of a range: "9 to 16" */
	const char *section_word; /* for the sign §: "section 53" */
	/* Phone numbers as digits only ("116117"): a number is read digit by
	 * digit only if it is one of them (or starts with +); "550 000" and
	 * "1989" are amounts and years. */
	const char *const *phones;
	size_t phone_count;
	/* Norwegian names said with the Norwegian voice in a Latin-script
	 * language (in other scripts every Latin word is). */
	const char *const *norwegian;
	size_t norwegian_count;
} spoken_rules;

/* A new string (caller frees): text, which may hold bidi isolates and
 * marks, as one SSML document for espeak-ng (espeakSSML). NULL if memory
 * ran out. */
char *spoken_ssml(const char *text, const spoken_rules *rules);

#endif
