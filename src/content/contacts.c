#include "contacts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/paths.h"
#include "guide.h"
#include "kvfile.h"

static void contact_clear(contact *c)
{
	free(c->id);
	free(c->name);
	free(c->hours);
	free(c->address);
	free(c->web);
	free(c->email);
	free(c->checked);
	free(c->source);
	free(c->verify);
	for (int i = 0; i < c->phone_count; i++) {
		free(c->phones[i].number);
		free(c->phones[i].label);
	}
	memset(c, 0, sizeof *c);
}

void contacts_free(contact_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		contact_clear(&list->items[i]);
	free(list->items);
	free(list->file);
	memset(list, 0, sizeof *list);
}

const contact *contacts_find(const contact_list *list, const char *id)
{
	for (size_t i = 0; list && i < list->count; i++)
		if (strcmp(list->items[i].id, id) == 0)
			return &list->items[i];
	return NULL;
}

void contact_msgctxt(const contact *c, const char *field, char *buf, size_t size)
{
	snprintf(buf, size, "contact/%s/%s", c->id, field);
}

static bool valid_number(const char *s)
{
	int digits = 0;

	if (*s == '+')
		s++;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9')
			digits++;
		else if (*s != ' ')
			return false;
	}
	return digits >= 3;
}

static bool valid_date(const char *s)
{
	int y, m, d;
	char extra;

	return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3 &&
	       y >= 2000 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Checks the finished contact; keeps it if complete. */
static void finish(contact_list *out, contact *c, const char *file, diag_list *diags)
{
	const char *missing = !c->name      ? "a 'name'"
	                      : !c->source  ? "a 'source' (where the facts come from)"
	                      : !c->checked ? "a 'checked' date (YYYY-MM-DD)"
	                      : !c->phone_count && !c->web && !c->address
	                          ? "a phone, address or web"
	                          : NULL;

	if (!c->id)
		return;
	if (missing) {
		diag_add(diags, DIAG_ERROR, file, c->line, "contact '%s' is not shown: it needs %s",
		         c->id, missing);
		contact_clear(c);
		return;
	}
	if (contacts_find(out, c->id)) {
		diag_add(diags, DIAG_ERROR, file, c->line,
		         "the contact id '%s' is used twice; this one is not shown", c->id);
		contact_clear(c);
		return;
	}
	out->items[out->count++] = *c;
	memset(c, 0, sizeof *c);
}

static void set_field(char **field, const char *value, const char *file, int line, const char *key,
                      diag_list *diags)
{
	if (*field)
		diag_add(diags, DIAG_ERROR, file, line, "'%s' is given twice; the first is kept",
		         key);
	else
		*field = strdup(value);
}

/* The field a plain "key: text" line sets, or NULL. */
static char **text_field(contact *c, const char *key)
{
	char **fields[] = {&c->name,  &c->hours,  &c->address, &c->web,
	                   &c->email, &c->source, &c->verify};
	static const char *const keys[] = {"name",  "hours",  "address", "web",
	                                   "email", "source", "verify"};

	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		if (strcmp(key, keys[i]) == 0)
			return fields[i];
	return NULL;
}

bool contacts_parse(const char *file, const char *data, size_t len, contact_list *out,
                    diag_list *diags)
{
	kv_reader r;
	const char *key, *value;
	int line;
	contact cur = {0};
	size_t cap = 16;

	memset(out, 0, sizeof *out);
	out->file = strdup(file);
	out->items = calloc(cap, sizeof *out->items);
	if (!out->file || !out->items || !kv_init(&r, file, data, len, diags)) {
		contacts_free(out);
		return false;
	}
	while (kv_next(&r, &key, &value, &line)) {
		if (strcmp(key, "[") == 0) {
			finish(out, &cur, file, diags);
			if (out->count == cap) {
				contact *p = realloc(out->items, cap * 2 * sizeof *p);

				if (!p)
					break;
				out->items = p;
				cap *= 2;
			}
			cur.id = strdup(value);
			cur.line = line;
			continue;
		}
		if (!cur.id) {
			diag_add(diags, DIAG_ERROR, file, line,
			         "'%s' comes before any [contact-id] line; the line was skipped",
			         key);
			continue;
		}
		if (strcmp(key, "phone") == 0) {
			char number[128];
			const char *bar = strchr(value, '|');
			size_t n = bar ? (size_t)(bar - value) : strlen(value);

			while (n && value[n - 1] == ' ')
				n--;
			snprintf(number, sizeof number, "%.*s", (int)n, value);
			if (!valid_number(number)) {
				diag_add(diags, DIAG_ERROR, file, line,
				         "'%s' is not a phone number (digits and spaces, maybe a "
				         "leading +); the number was left out",
				         number);
			} else if (cur.phone_count == CONTACT_MAX_PHONES) {
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "a contact has at most %d phone numbers; this one was left "
				    "out",
				    CONTACT_MAX_PHONES);
			} else {
				contact_phone *p = &cur.phones[cur.phone_count++];

				p->number = strdup(number);
				if (bar) {
					bar++;
					while (*bar == ' ')
						bar++;
					p->label = *bar ? strdup(bar) : NULL;
				}
			}
		} else if (strcmp(key, "checked") == 0) {
			if (!valid_date(value))
				diag_add(diags, DIAG_ERROR, file, line,
				         "'checked' wants a date like 2026-11-24, not '%s'", value);
			else
				set_field(&cur.checked, value, file, line, key, diags);
		} else if (text_field(&cur, key)) {
			set_field(text_field(&cur, key), value, file, line, key, diags);
		} else {
			diag_add(
			    diags, DIAG_ERROR, file, line,
			    "unknown keyword '%s' (use name, phone, hours, address, web, email, "
			    "checked, source or verify); the line was skipped",
			    key);
		}
	}
	finish(out, &cur, file, diags);
	contact_clear(&cur);
	kv_free(&r);
	return true;
}

bool contacts_load(const char *path, contact_list *out, diag_list *diags)
{
	size_t len;
	char *data = paths_read_file(path, &len);
	bool ok;

	if (!data) {
		diag_add(diags, DIAG_ERROR, path, 0,
		         "the contacts registry cannot be read (%s); no contact cards are shown",
		         strerror(errno));
		return contacts_parse(path, "", 0, out, diags);
	}
	ok = contacts_parse(path, data, len, out, diags);
	free(data);
	return ok;
}

size_t contacts_check_references(const contact_list *contacts, const void *guides_ptr,
                                 diag_list *diags)
{
	const guide_list *guides = guides_ptr;
	size_t missing = 0;

	for (size_t i = 0; i < guides->count; i++) {
		const guide *g = guides->items[i];

		for (size_t b = 0; b < g->block_count; b++) {
			if (g->blocks[b].kind != BLOCK_CONTACT ||
			    contacts_find(contacts, g->blocks[b].text))
				continue;
			diag_add(
			    diags, DIAG_ERROR, g->file, g->blocks[b].line,
			    "the contact '%s' is not in %s; this card is left out, the rest of "
			    "the guide shows",
			    g->blocks[b].text,
			    contacts->file ? contacts->file : "the contacts registry");
			missing++;
		}
	}
	return missing;
}
