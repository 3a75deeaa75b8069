/* Guides: the English source files under assets/guides/, one per guide.
 * One parser serves the kiosk and the catalog extractor, so what is
 * translated and what is shown can never disagree.
 *
 *   id: interpreter            stable id, letters, digits and '-'
 *   topic: rights              rights | mental-health | family | daily-life |
 *                              local-services | about | help-now
 *   icon: interpreter          an icon name
 *   order: 2                   place in its topic's list (smaller first; default 100)
 *   title: Your right to an interpreter
 *   heading: / paragraph: / bullet: / note: TEXT
 *   contact: legevakt          a contact card from the contacts registry
 *   source: URL or reference   for staff, about the block above it
 */
#ifndef MIRA_CONTENT_GUIDE_H
#define MIRA_CONTENT_GUIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/diag.h"

typedef enum { BLOCK_HEADING, BLOCK_PARAGRAPH, BLOCK_BULLET, BLOCK_NOTE, BLOCK_CONTACT } block_kind;

typedef enum {
	TOPIC_RIGHTS,
	TOPIC_MENTAL_HEALTH,
	TOPIC_FAMILY,     /* children, school, Barnevernet, separation */
	TOPIC_DAILY_LIFE, /* money, housing, Norwegian courses, papers */
	TOPIC_LOCAL_SERVICES,
	TOPIC_ABOUT,
	TOPIC_HELP_NOW,
	TOPIC_COUNT
} guide_topic;

typedef struct {
	block_kind kind;
	char *text;   /* English text, or the contact id */
	char *source; /* for staff; NULL if none */
	int line;
} guide_block;

typedef struct {
	char *file;
	char *id, *icon, *title, *title_source;
	guide_topic topic;
	int order; /* place in the topic's list */
	int title_line;
	guide_block *blocks;
	size_t block_count;
} guide;

/* Parses one guide. Bad lines are reported (file, line, what is wrong) and
 * left out; NULL only when the guide has no usable id, topic or title, or
 * memory ran out. Free with guide_free. */
guide *guide_parse(const char *file, const char *data, size_t len, diag_list *diags);
void guide_free(guide *g);

/* Keyword of a block kind and topic ("paragraph", "mental-health"). */
const char *guide_block_keyword(block_kind kind);
const char *guide_topic_id(guide_topic topic);

/* The msgctxt of the guide's translatable strings: "guide/ID/title" or
 * "guide/ID/KIND". Writes into buf. */
void guide_msgctxt(const guide *g, const guide_block *b, char *buf, size_t size);

typedef struct {
	guide **items;
	size_t count;
} guide_list;

/* Loads every *.txt in dir, ordered by 'order' then file name; duplicate ids are reported
 * and the later file left out. Returns false only if dir cannot be read. */
bool guides_load_dir(const char *dir, guide_list *out, diag_list *diags);
void guides_free(guide_list *list);
const guide *guides_find(const guide_list *list, const char *id);

#endif
