/* mira-pot: writes the PO template of the guides and contacts, with the
 * same parser the kiosk uses, so what is translated is what is shown.
 *   mira-pot GUIDES-DIR CONTACTS-FILE OUT.pot
 * The UI strings come from xgettext; `make pot` joins the two. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/contacts.h"
#include "../content/guide.h"
#include "../util/diag.h"

typedef struct {
	char *ctx, *id;
	char *comments; /* "#." lines */
	char *refs;     /* "#:" references */
} pot_entry;

typedef struct {
	pot_entry *items;
	size_t count;
} pot;

static char *joined(char *old, const char *add, const char *sep)
{
	size_t n = (old ? strlen(old) + strlen(sep) : 0) + strlen(add) + 1;
	char *s = malloc(n);

	if (!s)
		return old;
	snprintf(s, n, "%s%s%s", old ? old : "", old ? sep : "", add);
	free(old);
	return s;
}

/* Adds an entry, or merges its references into an equal one. */
static void add(pot *p, const char *ctx, const char *id, const char *comment, const char *file,
                int line)
{
	char ref[4200];
	pot_entry *e = NULL;

	snprintf(ref, sizeof ref, "%s:%d", file, line);
	for (size_t i = 0; i < p->count; i++)
		if (strcmp(p->items[i].ctx, ctx) == 0 && strcmp(p->items[i].id, id) == 0)
			e = &p->items[i];
	if (!e) {
		pot_entry *items = realloc(p->items, (p->count + 1) * sizeof *items);

		if (!items)
			return;
		p->items = items;
		e = &p->items[p->count++];
		*e = (pot_entry){strdup(ctx), strdup(id), strdup(comment), NULL};
	}
	e->refs = joined(e->refs, ref, " ");
}

static void write_string(FILE *out, const char *kw, const char *s)
{
	fprintf(out, "%s \"", kw);
	for (; *s; s++) {
		switch (*s) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\t': fputs("\\t", out); break;
		default: fputc(*s, out); break;
		}
	}
	fputs("\"\n", out);
}

static void add_guide(pot *p, const guide *g)
{
	char ctx[256], comment[512];

	guide_msgctxt(g, NULL, ctx, sizeof ctx);
	snprintf(comment, sizeof comment, "Title of the guide \"%s\" (topic: %s).", g->id,
	         guide_topic_id(g->topic));
	add(p, ctx, g->title, comment, g->file, g->title_line);
	for (size_t i = 0; i < g->block_count; i++) {
		const guide_block *b = &g->blocks[i];

		if (b->kind == BLOCK_CONTACT)
			continue;
		guide_msgctxt(g, b, ctx, sizeof ctx);
		snprintf(
		    comment, sizeof comment,
		    "A %s in the guide \"%s\". Keep phone numbers, addresses and web addresses "
		    "exactly as they are. Keep Norwegian names of services (NAV, legevakt, "
		    "fastlege) and explain them.",
		    guide_block_keyword(b->kind), g->id);
		add(p, ctx, b->text, comment, g->file, b->line);
	}
}

static void add_contact(pot *p, const char *file, const contact *c)
{
	char ctx[256], comment[512];

	contact_msgctxt(c, "name", ctx, sizeof ctx);
	snprintf(comment, sizeof comment, "Name of the contact \"%s\" on its card.", c->id);
	add(p, ctx, c->name, comment, file, c->line);
	if (c->hours) {
		contact_msgctxt(c, "hours", ctx, sizeof ctx);
		snprintf(comment, sizeof comment,
		         "Opening hours of \"%s\". Keep the times and numbers as they are.", c->id);
		add(p, ctx, c->hours, comment, file, c->line);
	}
	for (int i = 0; i < c->phone_count; i++) {
		if (!c->phones[i].label)
			continue;
		contact_msgctxt(c, "phone", ctx, sizeof ctx);
		snprintf(comment, sizeof comment, "What the number %s of \"%s\" is for.",
		         c->phones[i].number, c->id);
		add(p, ctx, c->phones[i].label, comment, file, c->line);
	}
}

int main(int argc, char **argv)
{
	guide_list guides;
	contact_list contacts;
	diag_list diags = {0};
	pot p = {0};
	FILE *out;

	if (argc != 4) {
		fprintf(stderr, "usage: mira-pot GUIDES-DIR CONTACTS-FILE OUT.pot\n");
		return 2;
	}
	guides_load_dir(argv[1], &guides, &diags);
	contacts_load(argv[2], &contacts, &diags);
	for (size_t i = 0; i < guides.count; i++)
		add_guide(&p, guides.items[i]);
	for (size_t i = 0; i < contacts.count; i++)
		add_contact(&p, argv[2], &contacts.items[i]);
	out = fopen(argv[3], "w");
	if (!out) {
		perror(argv[3]);
		return 1;
	}
	fputs("# Guides and contacts of the MiRA kiosk, extracted by mira-pot.\n"
	      "msgid \"\"\n"
	      "msgstr \"\"\n"
	      "\"Project-Id-Version: mira-kiosk\\n\"\n"
	      "\"MIME-Version: 1.0\\n\"\n"
	      "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	      "\"Content-Transfer-Encoding: 8bit\\n\"\n",
	      out);
	for (size_t i = 0; i < p.count; i++) {
		fprintf(out, "\n#. %s\n#: %s\n", p.items[i].comments, p.items[i].refs);
		write_string(out, "msgctxt", p.items[i].ctx);
		write_string(out, "msgid", p.items[i].id);
		fputs("msgstr \"\"\n", out);
		free(p.items[i].ctx);
		free(p.items[i].id);
		free(p.items[i].comments);
		free(p.items[i].refs);
	}
	free(p.items);
	fclose(out);
	guides_free(&guides);
	contacts_free(&contacts);
	fprintf(stderr, "mira-pot: %zu strings; %zu problems in the sources\n", p.count,
	        diags.count);
	diag_clear(&diags);
	return 0;
}
