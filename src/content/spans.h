/* What a translation must keep exactly as in the English: phone numbers and
 * other numbers, web and e-mail addresses, and printf or {name}
 * placeholders. Used by the catalog checks (make po-check). */
#ifndef MIRA_CONTENT_SPANS_H
#define MIRA_CONTENT_SPANS_H

#include <stdbool.h>
#include <stddef.h>

/* True when translation holds the same numbers (digits compared, spacing
 * free), addresses and placeholders as english, in any order. Otherwise
 * writes into why (size bytes) what the English has and what the
 * translation has. */
bool spans_match(const char *english, const char *translation, char *why, size_t size);

#endif
