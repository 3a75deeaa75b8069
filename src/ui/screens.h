/* The screens, each built into a scene for one language, size, text scale
 * and theme: the language picker, topics, a topic's guides, a guide page,
 * the always-visible strip, the idle countdown, and the staff screens.
 * Right-to-left languages mirror the order of buttons and the direction of
 * arrows; numbers stay left to right. */
#ifndef MIRA_UI_SCREENS_H
#define MIRA_UI_SCREENS_H

#include "../content/contacts.h"
#include "../content/guide.h"
#include "../content/language.h"
#include "../text/font.h"
#include "scene.h"

typedef struct {
	text_fontset *fonts;
	const guide_list *guides;
	const contact_list *contacts;
	const language *lang; /* the reader's language (English when none chosen) */
	int w, h;
	float unit;  /* pixels per design pixel: min(w, h) / 1080 */
	float scale; /* the visitor's text size: 1, 1.3 or 1.6 */
} screen_ctx;

/* The strip along the top of every screen after the picker; returns its
 * height in pixels. */
float screens_strip(scene *s, const screen_ctx *c);

void screens_picker(scene *s, const screen_ctx *c);
void screens_topics(scene *s, const screen_ctx *c);
void screens_list(scene *s, const screen_ctx *c, guide_topic topic);
void screens_guide(scene *s, const screen_ctx *c, const guide *g);

/* The last seconds before an idle kiosk forgets everything. */
void screens_idle(scene *s, const screen_ctx *c, int seconds_left);

/* Staff screens, in English: the PIN pad (with a message such as "Wrong
 * PIN"), the staff menu, and a status report (text with line breaks). */
void screens_pin(scene *s, const screen_ctx *c, int digits, const char *message);
void screens_staff_menu(scene *s, const screen_ctx *c);
void screens_status(scene *s, const screen_ctx *c, const char *report);

/* The label of a topic, in the reader's language (owned by libintl). */
const char *screens_topic_label(guide_topic topic, bool *translated);
const char *screens_topic_icon(guide_topic topic);

#endif
