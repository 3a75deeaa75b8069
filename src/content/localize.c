#include "localize.h"

#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "isolate.h"

/* "§ 53" never breaks between the sign and its number: the space after a
 * section sign followed by a digit becomes a no-break space. */
static char *glue_sections(char *s)
{
	size_t n = 0, extra = 0;
	char *out, *o;

	if (!s)
		return NULL;
	for (const char *p = s; (p = strstr(p, "\xC2\xA7 ")) != NULL; p += 3)
		extra++;
	if (!extra)
		return s;
	out = malloc(strlen(s) + extra + 1);
	if (!out)
		return s;
	for (o = out; s[n];) {
		if (strncmp(s + n, "\xC2\xA7 ", 3) == 0 && s[n + 3] >= '0' && s[n + 3] <= '9') {
			memcpy(o, "\xC2\xA7\xC2\xA0", 4);
			o += 4;
			n += 3;
		} else {
			*o++ = s[n++];
		}
	}
	*o = '\0';
	free(s);
	return out;
}

char *localize(const char *ctx, const char *english, bool *translated)
{
	return glue_sections(isolate_ltr_spans(catalog_get(ctx, english, translated)));
}
