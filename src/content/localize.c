#include "localize.h"

#include "catalog.h"
#include "isolate.h"

char *localize(const char *ctx, const char *english, bool *translated)
{
	return isolate_ltr_spans(catalog_get(ctx, english, translated));
}
