/* What the kiosk reads aloud, block by block, without laying anything out:
 * for staff tools (make audio-check, make audio-script) and the staff
 * status, which must count the same blocks a visitor hears. The catalog
 * must be set to the language first. */
#ifndef MIRA_SPEECH_BLOCKS_H
#define MIRA_SPEECH_BLOCKS_H

#include <stdbool.h>
#include <stddef.h>

#include "../content/contacts.h"
#include "../content/guide.h"

/* One block: ctx and english make its id (recording_block_id), text is
 * what is shown and heard, lang the language of text. */
typedef void (*block_visit)(const char *ctx, const char *english, const char *text,
                            const char *lang, void *data);

/* A contact card as it is heard: name, each number with its label, hours,
 * address, web and e-mail address, joined by ". ". text_lang gets lang when
 * any part of it is translated, else "en". */
void speech_card_text(const contact *c, const char *lang, char *english, size_t english_size,
                      char *text, size_t text_size, const char **text_lang);

/* The blocks of guide g in reading order, then none twice: title, headings,
 * paragraphs, bullets, notes, cards. */
void speech_guide_blocks(const guide *g, const contact_list *contacts, const char *lang,
                         block_visit visit, void *data);

/* Every block a visitor can hear in lang, each once: the labels (ctx,
 * english pairs: topic names) of the other screens, then every guide's. */
void speech_all_blocks(const guide_list *guides, const contact_list *contacts,
                       const char *const *label_ctx, const char *const *label_english,
                       size_t label_count, const char *lang, block_visit visit, void *data);

typedef struct {
	size_t blocks;      /* all blocks of all screens (each once) */
	size_t recorded;    /* with a good recording */
	size_t synthesized; /* read by espeak-ng */
	size_t silent;      /* nobody can read them */
	size_t stale, unreadable;
} audio_coverage;

/* Called for each recording that will not play: its path and why. */
typedef void (*recording_problem)(const char *path, const char *why, void *data);

/* Counts how language lang is heard: every guide's blocks and the labels
 * (ctx, english pairs: topic names) of the other screens. decode proves
 * every recording plays. */
void speech_coverage(const guide_list *guides, const contact_list *contacts,
                     const char *const *label_ctx, const char *const *label_english,
                     size_t label_count, const char *lang, const char *audio_dir, bool decode,
                     audio_coverage *out, recording_problem problem, void *data);

#endif
