#include "guide.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/paths.h"
#include "kvfile.h"

static const char *const block_keywords[] = {"heading", "paragraph", "bullet", "note", "contact"};
static const char *const topic_ids[] = {"rights",         "mental-health", "family",  "daily-life",
                                        "local-services", "about",         "help-now"};

const char *guide_block_keyword(block_kind kind)
{
	return block_keywords[kind];
}

const char *guide_topic_id(guide_topic topic)
{
	return topic < TOPIC_COUNT ? topic_ids[topic] : "?";
}

static bool valid_id(const char *s)
{
	if (!*s || strlen(s) > 64)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return false;
	return true;
}

void guide_free(guide *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->block_count; i++) {
		free(g->blocks[i].text);
		free(g->blocks[i].source);
	}
	free(g->blocks);
	free(g->file);
	free(g->id);
	free(g->icon);
	free(g->title);
	free(g->title_source);
	free(g);
}

static bool add_block(guide *g, block_kind kind, const char *text, int line)
{
	guide_block *b = realloc(g->blocks, (g->block_count + 1) * sizeof *b);

	if (!b)
		return false;
	g->blocks = b;
	b = &g->blocks[g->block_count];
	b->kind = kind;
	b->text = strdup(text);
	b->source = NULL;
	b->line = line;
	if (!b->text)
		return false;
	g->block_count++;
	return true;
}

/* Sets a header field once; a second one is reported. */
static void set_once(char **field, const char *value, const char *file, int line, const char *key,
                     diag_list *diags)
{
	if (*field) {
		diag_add(diags, DIAG_ERROR, file, line,
		         "'%s' is given twice; the first one is kept", key);
		return;
	}
	*field = strdup(value);
}

guide *guide_parse(const char *file, const char *data, size_t len, diag_list *diags)
{
	guide *g = calloc(1, sizeof *g);
	kv_reader r;
	const char *key, *value;
	int line, topic_line = 0;
	char *topic = NULL;
	bool source_target_title = false;

	if (!g || !kv_init(&r, file, data, len, diags)) {
		free(g);
		return NULL;
	}
	g->file = strdup(file);
	g->topic = TOPIC_COUNT;
	g->order = 100;
	while (kv_next(&r, &key, &value, &line)) {
		int kind = -1;

		for (int k = 0; k < (int)(sizeof block_keywords / sizeof *block_keywords); k++)
			if (strcmp(key, block_keywords[k]) == 0)
				kind = k;
		if (kind >= 0) {
			if (!*value) {
				diag_add(diags, DIAG_ERROR, file, line,
				         "'%s' has no text; left out", key);
				continue;
			}
			if (kind == BLOCK_CONTACT && !valid_id(value)) {
				diag_add(diags, DIAG_ERROR, file, line,
				         "'%s' is not a contact id (lower-case letters, digits and "
				         "'-'); "
				         "left out",
				         value);
				continue;
			}
			if (!add_block(g, (block_kind)kind, value, line))
				goto oom;
			source_target_title = false;
		} else if (strcmp(key, "source") == 0) {
			char **target = source_target_title ? &g->title_source
			                : g->block_count    ? &g->blocks[g->block_count - 1].source
			                                    : NULL;

			if (!target) {
				diag_add(diags, DIAG_ERROR, file, line,
				         "'source' must follow the title or the block it is about");
			} else if (*target) {
				/* Several sources for one block: keep them all. */
				size_t n = strlen(*target) + strlen(value) + 4;
				char *joined = malloc(n);

				if (!joined)
					goto oom;
				snprintf(joined, n, "%s ; %s", *target, value);
				free(*target);
				*target = joined;
			} else {
				*target = strdup(value);
			}
		} else if (strcmp(key, "id") == 0) {
			if (!valid_id(value))
				diag_add(
				    diags, DIAG_ERROR, file, line,
				    "the id '%s' may only use lower-case letters, digits and '-'",
				    value);
			else
				set_once(&g->id, value, file, line, key, diags);
		} else if (strcmp(key, "title") == 0) {
			if (*value) {
				set_once(&g->title, value, file, line, key, diags);
				if (g->title_line == 0)
					g->title_line = line;
				source_target_title = true;
			}
		} else if (strcmp(key, "order") == 0) {
			char *end;
			long v = strtol(value, &end, 10);

			if (*end || end == value || v < 0 || v > 10000)
				diag_add(diags, DIAG_ERROR, file, line,
				         "'order' wants a whole number from 0 to 10000, not '%s'",
				         value);
			else
				g->order = (int)v;
		} else if (strcmp(key, "icon") == 0) {
			set_once(&g->icon, value, file, line, key, diags);
		} else if (strcmp(key, "topic") == 0) {
			set_once(&topic, value, file, line, key, diags);
			if (!topic_line)
				topic_line = line;
		} else {
			diag_add(
			    diags, DIAG_ERROR, file, line,
			    "unknown keyword '%s' (use id, topic, icon, title, heading, "
			    "paragraph, bullet, note, contact or source); the line was skipped",
			    key);
		}
	}
	for (int t = 0; topic && t < TOPIC_COUNT; t++)
		if (strcmp(topic, topic_ids[t]) == 0)
			g->topic = (guide_topic)t;
	if (topic && g->topic == TOPIC_COUNT)
		diag_add(diags, DIAG_ERROR, file, topic_line,
		         "unknown topic '%s' (use rights, mental-health, local-services, about or "
		         "help-now)",
		         topic);
	free(topic);
	kv_free(&r);
	if (!g->id || !g->title || g->topic == TOPIC_COUNT) {
		diag_add(
		    diags, DIAG_ERROR, file, 0,
		    "this guide is not shown: it needs an 'id', a 'title' and a known 'topic'");
		guide_free(g);
		return NULL;
	}
	return g;
oom:
	kv_free(&r);
	free(topic);
	guide_free(g);
	return NULL;
}

void guide_msgctxt(const guide *g, const guide_block *b, char *buf, size_t size)
{
	snprintf(buf, size, "guide/%s/%s", g->id, b ? guide_block_keyword(b->kind) : "title");
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int by_order(const void *a, const void *b)
{
	const guide *x = *(guide *const *)a, *y = *(guide *const *)b;

	return x->order != y->order ? (x->order > y->order) - (x->order < y->order)
	                            : strcmp(x->file, y->file);
}

bool guides_load_dir(const char *dir, guide_list *out, diag_list *diags)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t count = 0;

	memset(out, 0, sizeof *out);
	if (!d) {
		diag_add(diags, DIAG_ERROR, dir, 0, "the guides folder cannot be read: %s",
		         strerror(errno));
		return false;
	}
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		char **p;

		if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0 || e->d_name[0] == '.')
			continue;
		p = realloc(names, (count + 1) * sizeof *p);
		if (!p)
			break;
		names = p;
		names[count++] = strdup(e->d_name);
	}
	closedir(d);
	if (count)
		qsort(names, count, sizeof *names, by_name);
	out->items = calloc(count ? count : 1, sizeof *out->items);
	for (size_t i = 0; i < count; i++) {
		char path[4096];
		size_t len;
		char *data;
		guide *g;

		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		free(names[i]);
		data = paths_read_file(path, &len);
		if (!data) {
			diag_add(diags, DIAG_ERROR, path, 0, "cannot be read: %s", strerror(errno));
			continue;
		}
		g = guide_parse(path, data, len, diags);
		free(data);
		if (!g || !out->items)
			continue;
		if (guides_find(out, g->id)) {
			diag_add(diags, DIAG_ERROR, path, 0,
			         "another guide already has the id '%s'; this one is not shown",
			         g->id);
			guide_free(g);
			continue;
		}
		out->items[out->count++] = g;
	}
	free(names);
	if (out->count > 1)
		qsort(out->items, out->count, sizeof *out->items, by_order);
	return true;
}

void guides_free(guide_list *list)
{
	for (size_t i = 0; i < list->count; i++)
		guide_free(list->items[i]);
	free(list->items);
	memset(list, 0, sizeof *list);
}

const guide *guides_find(const guide_list *list, const char *id)
{
	for (size_t i = 0; i < list->count; i++)
		if (strcmp(list->items[i]->id, id) == 0)
			return list->items[i];
	return NULL;
}
