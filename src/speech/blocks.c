#include "blocks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/catalog.h"
#include "recording.h"
#include "synth.h"

static void append(char *buf, size_t size, const char *field)
{
	size_t n = strlen(buf);

	if (field && *field && n < size)
		snprintf(buf + n, size - n, "%s%s", n ? ". " : "", field);
}

void speech_card_text(const contact *c, const char *lang, char *english, size_t english_size,
                      char *text, size_t text_size, const char **text_lang)
{
	char ctx[256];
	bool tr, any = false;
	const char *fields[] = {c->address, c->web, c->email};

	english[0] = text[0] = '\0';
	contact_msgctxt(c, "name", ctx, sizeof ctx);
	append(english, english_size, c->name);
	append(text, text_size, catalog_get(ctx, c->name, &tr));
	any |= tr;
	for (int i = 0; i < c->phone_count; i++) {
		append(english, english_size, c->phones[i].number);
		append(text, text_size, c->phones[i].number);
		if (c->phones[i].label) {
			contact_msgctxt(c, "phone", ctx, sizeof ctx);
			append(english, english_size, c->phones[i].label);
			append(text, text_size, catalog_get(ctx, c->phones[i].label, &tr));
			any |= tr;
		}
	}
	if (c->hours) {
		contact_msgctxt(c, "hours", ctx, sizeof ctx);
		append(english, english_size, c->hours);
		append(text, text_size, catalog_get(ctx, c->hours, &tr));
		any |= tr;
	}
	for (int k = 0; k < 3; k++) {
		append(english, english_size, fields[k]);
		append(text, text_size, fields[k]);
	}
	*text_lang = any ? lang : "en";
}

void speech_guide_blocks(const guide *g, const contact_list *contacts, const char *lang,
                         block_visit visit, void *data)
{
	char ctx[256];
	bool tr;
	const char *text;

	guide_msgctxt(g, NULL, ctx, sizeof ctx);
	text = catalog_get(ctx, g->title, &tr);
	visit(ctx, g->title, text, tr ? lang : "en", data);
	for (size_t i = 0; i < g->block_count; i++) {
		const guide_block *b = &g->blocks[i];

		if (b->kind == BLOCK_CONTACT) {
			const contact *c = contacts_find(contacts, b->text);
			char english[2048], spoken[4096];
			const char *spoken_lang;

			if (!c)
				continue;
			speech_card_text(c, lang, english, sizeof english, spoken, sizeof spoken,
			                 &spoken_lang);
			snprintf(ctx, sizeof ctx, "contact/%s", c->id);
			visit(ctx, english, spoken, spoken_lang, data);
			continue;
		}
		guide_msgctxt(g, b, ctx, sizeof ctx);
		text = catalog_get(ctx, b->text, &tr);
		visit(ctx, b->text, text, tr ? lang : "en", data);
	}
}

/* Each block once: a guide's title is also its row in the topic's list. */
typedef struct {
	block_visit visit;
	void *data;
	char **seen;
	size_t seen_count, seen_cap;
} once;

static bool seen_before(once *o, const char *id)
{
	for (size_t i = 0; i < o->seen_count; i++)
		if (strcmp(o->seen[i], id) == 0)
			return true;
	if (o->seen_count == o->seen_cap) {
		size_t cap = o->seen_cap ? o->seen_cap * 2 : 256;
		char **s = realloc(o->seen, cap * sizeof *s);

		if (!s)
			return false;
		o->seen = s;
		o->seen_cap = cap;
	}
	o->seen[o->seen_count] = strdup(id);
	if (o->seen[o->seen_count])
		o->seen_count++;
	return false;
}

static void visit_once(const char *ctx, const char *english, const char *text, const char *lang,
                       void *data)
{
	once *o = data;
	char id[96];

	recording_block_id(ctx, english, id, sizeof id);
	if (!seen_before(o, id))
		o->visit(ctx, english, text, lang, o->data);
}

void speech_all_blocks(const guide_list *guides, const contact_list *contacts,
                       const char *const *label_ctx, const char *const *label_english,
                       size_t label_count, const char *lang, block_visit visit, void *data)
{
	once o = {visit, data, NULL, 0, 0};

	for (size_t i = 0; i < label_count; i++) {
		bool tr;
		const char *text = catalog_get(label_ctx[i], label_english[i], &tr);

		visit_once(label_ctx[i], label_english[i], text, tr ? lang : "en", &o);
	}
	for (size_t i = 0; i < guides->count; i++)
		speech_guide_blocks(guides->items[i], contacts, lang, visit_once, &o);
	for (size_t i = 0; i < o.seen_count; i++)
		free(o.seen[i]);
	free(o.seen);
}

typedef struct {
	const char *dir;
	bool decode;
	audio_coverage *out;
	recording_problem problem;
	void *data;
} counter;

static void count(const char *ctx, const char *english, const char *text, const char *lang,
                  void *data)
{
	counter *c = data;
	char id[96], path[1024], why[256];
	recording_status st;

	recording_block_id(ctx, english, id, sizeof id);
	c->out->blocks++;
	st = recording_find(c->dir, lang, id, english, text, c->decode, path, sizeof path, why,
	                    sizeof why);
	if (st == RECORDING_OK) {
		c->out->recorded++;
		return;
	}
	if (st == RECORDING_STALE)
		c->out->stale++;
	if (st == RECORDING_UNREADABLE)
		c->out->unreadable++;
	if (st != RECORDING_NONE && c->problem)
		c->problem(path, why, c->data);
	if (synth_voice(lang))
		c->out->synthesized++;
	else
		c->out->silent++;
}

void speech_coverage(const guide_list *guides, const contact_list *contacts,
                     const char *const *label_ctx, const char *const *label_english,
                     size_t label_count, const char *lang, const char *audio_dir, bool decode,
                     audio_coverage *out, recording_problem problem, void *data)
{
	counter c = {audio_dir, decode, out, problem, data};

	memset(out, 0, sizeof *out);
	speech_all_blocks(guides, contacts, label_ctx, label_english, label_count, lang, count, &c);
}
