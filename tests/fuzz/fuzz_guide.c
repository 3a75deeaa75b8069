/* Fuzz target: the guide parser, on any bytes. Seeds: assets/guides.
 * Checks: a guide is either refused with a reason or has a valid id, a
 * title and a known topic; every block has a known kind, text (a contact
 * block a valid id), lines in order, all text valid UTF-8 on one line;
 * every problem names the file and a line of it. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../src/content/guide.h"
#include "../../src/content/kvfile.h"
#include "../../src/util/log.h"
#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(const char *s)
{
	FUZZ_CHECK(s && s[0]);
	FUZZ_CHECK(kv_valid_utf8(s, strlen(s)));
	FUZZ_CHECK(!strchr(s, '\n'));
}

/* Lower-case letters, digits and '-', as the guide format says. */
static void check_id(const char *s)
{
	check_text(s);
	FUZZ_CHECK(strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(s));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	guide *g;
	int lines = fuzz_line_count(data, size), last = 0;

	log_set_level(LOG_LEVEL_NONE);
	g = guide_parse("fuzz.txt", (const char *)data, size, &d);
	if (!g) {
		FUZZ_CHECK(diag_count(&d, DIAG_ERROR) > 0); /* never refused silently */
	} else {
		check_id(g->id);
		check_text(g->title);
		FUZZ_CHECK(g->topic >= 0 && g->topic < TOPIC_COUNT);
		FUZZ_CHECK(g->order >= 0 && g->order <= 10000);
		FUZZ_CHECK(g->title_line >= 1 && g->title_line <= lines);
		for (size_t i = 0; i < g->block_count; i++) {
			const guide_block *b = &g->blocks[i];

			FUZZ_CHECK(b->kind >= BLOCK_HEADING && b->kind <= BLOCK_CONTACT);
			if (b->kind == BLOCK_CONTACT)
				check_id(b->text);
			else
				check_text(b->text);
			FUZZ_CHECK(b->line > last && b->line <= lines);
			last = b->line;
		}
	}
	fuzz_check_diags(&d, "fuzz.txt", lines);
	guide_free(g);
	diag_clear(&d);
	return 0;
}
