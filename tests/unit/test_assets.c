/* The project's own content: every guide and the contacts registry parse
 * without a single problem, every contact a guide refers to exists, and
 * every fact-bearing block (paragraph, bullet, note) names its source. */
#include <stdio.h>
#include <string.h>

#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/util/log.h"

int main(void)
{
	guide_list guides;
	contact_list contacts;
	diag_list d = {0};
	int failures = 0;
	size_t blocks = 0;

	log_set_level(LOG_LEVEL_ERROR);
	guides_load_dir("assets/guides", &guides, &d);
	contacts_load("assets/contacts.txt", &contacts, &d);
	for (size_t i = 0; i < d.count; i++, failures++)
		printf("FAIL %s:%d: %s\n", d.items[i].file, d.items[i].line, d.items[i].message);
	for (size_t i = 0; i < guides.count; i++) {
		const guide *g = guides.items[i];

		for (size_t k = 0; k < g->block_count; k++, blocks++) {
			const guide_block *b = &g->blocks[k];

			if (b->kind == BLOCK_CONTACT && !contacts_find(&contacts, b->text)) {
				printf("FAIL %s:%d: contact '%s' is not in the registry\n", g->file,
				       b->line, b->text);
				failures++;
			}
			if ((b->kind == BLOCK_PARAGRAPH || b->kind == BLOCK_BULLET ||
			     b->kind == BLOCK_NOTE) &&
			    !b->source) {
				printf("FAIL %s:%d: this %s has no source\n", g->file, b->line,
				       guide_block_keyword(b->kind));
				failures++;
			}
		}
	}
	if (guides.count == 0 || contacts.count == 0) {
		printf("FAIL no guides or no contacts found (run from the project root)\n");
		failures++;
	}
	printf("assets: %zu guides, %zu blocks, %zu contacts, %d failures\n", guides.count, blocks,
	       contacts.count, failures);
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&d);
	return failures != 0;
}
