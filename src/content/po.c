#include "po.h"

#include <stdlib.h>
#include <string.h>

/* Which string continuation lines ("...") append to. */
typedef enum { NONE, CTX, ID, ID_PLURAL, STR } field;

typedef struct {
	const char *file;
	diag_list *diags;
	po_file *po;
	po_entry cur;
	bool has_cur, fuzzy_next;
	field last;
	int last_form;
} parser;

/* Appends the C-escaped string literal at s (starting with '"') to *dst.
 * Returns false on a malformed literal. */
static bool append_literal(char **dst, const char *s)
{
	size_t old = *dst ? strlen(*dst) : 0, n = 0;
	char *out, *p;
	const char *q = s + 1;

	if (*s != '"')
		return false;
	out = malloc(old + strlen(s) + 1);
	if (!out)
		return false;
	if (old)
		memcpy(out, *dst, old);
	p = out + old;
	while (*q && *q != '"') {
		if (*q == '\\' && q[1]) {
			q++;
			switch (*q) {
			case 'n': *p++ = '\n'; break;
			case 't': *p++ = '\t'; break;
			case 'r': *p++ = '\r'; break;
			case 'a': *p++ = '\a'; break;
			default: *p++ = *q; break;
			}
			q++;
		} else {
			*p++ = *q++;
		}
		n++;
	}
	*p = '\0';
	if (*q != '"') {
		free(out);
		return false;
	}
	for (q++; *q == ' ' || *q == '\t' || *q == '\r'; q++)
		;
	if (*q) {
		free(out);
		return false;
	}
	free(*dst);
	*dst = out;
	return true;
}

static void entry_free(po_entry *e)
{
	free(e->ctx);
	free(e->id);
	free(e->id_plural);
	for (int i = 0; i < e->nstr; i++)
		free(e->str[i]);
	memset(e, 0, sizeof *e);
}

static bool flush(parser *p)
{
	po_entry *items;

	/* Continuation lines after this belong to nothing. */
	p->last = NONE;
	if (!p->has_cur)
		return true;
	p->has_cur = false;
	if (!p->cur.id) {
		entry_free(&p->cur);
		return true;
	}
	items = realloc(p->po->items, (p->po->count + 1) * sizeof *items);
	if (!items) {
		entry_free(&p->cur);
		return false;
	}
	p->po->items = items;
	items[p->po->count++] = p->cur;
	memset(&p->cur, 0, sizeof p->cur);
	return true;
}

static void start_entry(parser *p)
{
	if (!p->has_cur) {
		memset(&p->cur, 0, sizeof p->cur);
		p->has_cur = true;
		p->cur.fuzzy = p->fuzzy_next;
		p->fuzzy_next = false;
	}
}

static bool keyword(const char *s, const char *kw, const char **rest)
{
	size_t n = strlen(kw);

	if (strncmp(s, kw, n) != 0 || (s[n] != ' ' && s[n] != '\t' && s[n] != '"'))
		return false;
	for (s += n; *s == ' ' || *s == '\t'; s++)
		;
	*rest = s;
	return true;
}

static void bad(parser *p, int line, const char *what)
{
	diag_add(p->diags, DIAG_ERROR, p->file, line, "%s", what);
}

static bool parse_line(parser *p, char *s, int line, bool obsolete)
{
	const char *rest;
	char **target = NULL;

	if (keyword(s, "msgctxt", &rest)) {
		if (!flush(p))
			return false;
		start_entry(p);
		p->last = CTX;
		target = &p->cur.ctx;
	} else if (keyword(s, "msgid", &rest)) {
		if (p->has_cur && p->cur.id && !flush(p))
			return false;
		start_entry(p);
		p->cur.line = line;
		p->cur.obsolete = obsolete;
		p->last = ID;
		target = &p->cur.id;
	} else if (keyword(s, "msgid_plural", &rest)) {
		if (!p->has_cur || !p->cur.id) {
			bad(p, line, "a msgid_plural without a msgid before it; it was skipped");
			return true;
		}
		p->last = ID_PLURAL;
		target = &p->cur.id_plural;
	} else if (strncmp(s, "msgstr", 6) == 0) {
		int form = 0;

		rest = s + 6;
		if (*rest == '[') {
			form = atoi(rest + 1);
			rest = strchr(rest, ']');
			if (!rest || form < 0 || form >= PO_MAX_FORMS) {
				bad(p, line, "a msgstr[N] line is malformed; it was skipped");
				return true;
			}
			rest++;
		}
		while (*rest == ' ' || *rest == '\t')
			rest++;
		if (!p->has_cur || !p->cur.id) {
			bad(p, line, "a msgstr without a msgid before it; it was skipped");
			return true;
		}
		if (form >= p->cur.nstr)
			p->cur.nstr = form + 1;
		p->last = STR;
		p->last_form = form;
		target = &p->cur.str[form];
	} else if (*s == '"') {
		rest = s;
		switch (p->last) {
		case CTX: target = &p->cur.ctx; break;
		case ID: target = &p->cur.id; break;
		case ID_PLURAL: target = &p->cur.id_plural; break;
		case STR: target = &p->cur.str[p->last_form]; break;
		default:
			bad(p, line, "a quoted line that belongs to nothing; it was skipped");
			return true;
		}
	} else {
		bad(p, line,
		    "this line is not PO syntax (msgctxt, msgid, msgstr, a quoted "
		    "string or a # comment); it was skipped");
		return true;
	}
	if (!append_literal(target, rest)) {
		if (!*target)
			*target = strdup("");
		bad(p, line, "a string is not closed with \" or has text after it");
	}
	return true;
}

bool po_parse(const char *file, const char *data, size_t len, po_file *out, diag_list *diags)
{
	parser p = {file, diags, out, {0}, false, false, NONE, 0};
	char *copy = malloc(len + 1), *s, *next;
	int line = 0;
	bool ok = true;

	memset(out, 0, sizeof *out);
	if (!copy)
		return false;
	memcpy(copy, data, len);
	copy[len] = '\0';
	for (s = copy; s && ok; s = next) {
		char *nl = strchr(s, '\n');
		bool obsolete = false;

		next = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		line++;
		if (nl && nl > s && nl[-1] == '\r')
			nl[-1] = '\0';
		while (*s == ' ' || *s == '\t')
			s++;
		if (strncmp(s, "#~|", 3) == 0)
			continue; /* an obsolete entry's previous msgid (msgmerge --previous) */
		if (strncmp(s, "#~", 2) == 0) {
			obsolete = true;
			for (s += 2; *s == ' '; s++)
				;
		} else if (*s == '#') {
			if (s[1] == ',' && strstr(s, "fuzzy")) {
				ok = flush(&p);
				p.fuzzy_next = true;
			}
			continue;
		}
		if (*s == '\0') {
			ok = flush(&p);
			continue;
		}
		ok = parse_line(&p, s, line, obsolete);
	}
	ok = flush(&p) && ok;
	free(copy);
	for (size_t i = 0; i < out->count; i++)
		if (!out->items[i].ctx && out->items[i].id[0] == '\0' && !out->items[i].obsolete)
			out->header = &out->items[i];
	return ok;
}

void po_free(po_file *po)
{
	for (size_t i = 0; i < po->count; i++)
		entry_free(&po->items[i]);
	free(po->items);
	memset(po, 0, sizeof *po);
}

char *po_header_field(const po_file *po, const char *name)
{
	const char *h = po->header && po->header->nstr ? po->header->str[0] : NULL;
	size_t n = strlen(name);

	for (const char *l = h; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		if (strncmp(l, name, n) == 0 && l[n] == ':') {
			const char *v = l + n + 1, *e;

			while (*v == ' ')
				v++;
			e = strchr(v, '\n');
			return strndup(v, e ? (size_t)(e - v) : strlen(v));
		}
	}
	return NULL;
}

bool po_entry_translated(const po_entry *e)
{
	if (e->fuzzy || e->nstr == 0)
		return false;
	for (int i = 0; i < e->nstr; i++)
		if (!e->str[i] || !e->str[i][0])
			return false;
	return true;
}
