/* What the fuzz targets check of a result, beyond not crashing: a property
 * that does not hold stops the run (abort), and libFuzzer saves the input
 * under tests/fuzz/regressions/ like any crash. */
#ifndef MIRA_FUZZ_CHECK_H
#define MIRA_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/util/diag.h"

#define FUZZ_CHECK(cond)                                                                           \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: property does not hold: %s\n", __FILE__, __LINE__, \
			        #cond);                                                            \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

/* Lines in data[0, len): a diagnostic's line number is at most this. */
static inline int fuzz_line_count(const unsigned char *data, size_t len)
{
	int n = 1;

	for (size_t i = 0; i < len; i++)
		n += data[i] == '\n';
	return n;
}

/* Every problem reported is about file, at a line of it (0: the whole
 * file), in words. */
static inline void fuzz_check_diags(const diag_list *d, const char *file, int lines)
{
	for (size_t i = 0; i < d->count; i++) {
		FUZZ_CHECK(d->items[i].file && strcmp(d->items[i].file, file) == 0);
		FUZZ_CHECK(d->items[i].line >= 0 && d->items[i].line <= lines);
		FUZZ_CHECK(d->items[i].message && d->items[i].message[0]);
	}
}

#endif
