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

/* No button where no voice reads the language; else Listen, or Pause while
 * the voice reads. */
typedef enum { LISTEN_NONE, LISTEN_START, LISTEN_PAUSE } listen_button;

typedef struct {
	text_fontset *fonts;
	const guide_list *guides;
	const contact_list *contacts;
	const language *lang; /* the reader's language (English when none chosen) */
	int w, h;
	float unit;                    /* pixels per design pixel: min(w, h) / 1080 */
	float scale;                   /* the visitor's text size: 1, 1.3 or 1.6 */
	int scale_level, scale_levels; /* shown on the text size button */
	bool at_home;                  /* Home is dimmed where it leads nowhere */
	const char *setup_note;        /* a line for whoever sets the kiosk up, or NULL */
	listen_button listen;          /* the strip's read-aloud button */
	bool listen_prompt;            /* "Put on the headphones" shows under the strip */
	bool welcome;   /* the topics say once that quick exit clears and nothing is kept */
	bool bilingual; /* guide pages show Norwegian beside her language */
} screen_ctx;

/* The strip along the top of every screen after the picker, and the view
 * below it where the screen's content scrolls. */
void screens_strip(scene *s, const screen_ctx *c);

void screens_picker(scene *s, const screen_ctx *c);

/* Under the strip, over the view: "Put on the headphones. Then tap Listen
 * again." with a headphones icon (read-aloud: headphones, in kiosk.conf). */
void screens_listen_prompt(scene *s, const screen_ctx *c);

/* The reader's words for ranges ("9 to 16") and for § when read aloud
 * (owned by libintl). */
const char *screens_spoken_to(void);
const char *screens_spoken_section(void);
/* The languages again, from the strip: with the strip, a title and Cancel. */
void screens_language_menu(scene *s, const screen_ctx *c);
void screens_topics(scene *s, const screen_ctx *c);
void screens_list(scene *s, const screen_ctx *c, guide_topic topic);
void screens_guide(scene *s, const screen_ctx *c, const guide *g);

/* The last seconds before an idle kiosk forgets everything: what will
 * happen, the seconds left, Continue and Start over. Drawn over the screen,
 * whose buttons it shields. */
void screens_idle(scene *s, const screen_ctx *c, int seconds_left);

/* Staff screens, in English: the PIN pad (with a message such as "Wrong
 * PIN"), the staff menu (with a message such as what a reload found), a
 * status report (text with line breaks) and the question before Exit. */
void screens_pin(scene *s, const screen_ctx *c, int digits, const char *message);
void screens_staff_menu(scene *s, const screen_ctx *c, const char *message);
void screens_status(scene *s, const screen_ctx *c, const char *report);
void screens_staff_exit(scene *s, const screen_ctx *c);

/* Take it with you (src/ui/show.c): a contact's QR card, whole (vCard)
 * or the first number alone (tel:, offered for the help-now numbers);
 * the phrase cards to show staff, and one of them large in Norwegian. */
void screens_qr(scene *s, const screen_ctx *c, const contact *ct, bool number_only,
                bool offer_number);
void screens_phrases(scene *s, const screen_ctx *c);
void screens_phrase(scene *s, const screen_ctx *c, int index);
int screens_phrase_count(void);

/* Shared by the screen modules: a UI string laid out in the reader's
 * language (English when untranslated), and a text added with its
 * language and background for the audit. */
text_layout *screens_text(const screen_ctx *c, const char *ctx, const char *msgid, float size,
                          float width, bool center);
scene_text *screens_add(scene *s, text_layout *l, float x, float y, color_role color,
                        const language *lang, color_role background);

/* A row button's icon (ROW_ICON design pixels) at its start edge and its
 * label beside it, centred vertically, whatever the button's height: a
 * label laid out for the width less ROW_ICON + 3 ROW_PAD fits. */
#define ROW_ICON 56.0f
#define ROW_PAD  20.0f
void screens_row_fit(widget *w, const screen_ctx *c);

/* The label of a topic, in the reader's language (owned by libintl). */
const char *screens_topic_label(guide_topic topic, bool *translated);
const char *screens_topic_icon(guide_topic topic);
/* The English label of a topic (its msgid). */
const char *screens_topic_english(guide_topic topic);

#endif
