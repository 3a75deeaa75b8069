#include "bidi.h"

#include <fribidi.h>
#include <stdlib.h>

int bidi_levels(const uint32_t *cps, size_t n, text_dir base, uint8_t *levels)
{
	FriBidiCharType *types;
	FriBidiBracketType *brackets;
	FriBidiLevel *lv;
	FriBidiParType par = base == TEXT_DIR_RTL   ? FRIBIDI_PAR_RTL
	                     : base == TEXT_DIR_LTR ? FRIBIDI_PAR_LTR
	                                            : FRIBIDI_PAR_ON;
	int result = -1;

	if (n == 0)
		return base == TEXT_DIR_RTL ? 1 : 0;
	types = malloc(n * sizeof *types);
	brackets = malloc(n * sizeof *brackets);
	lv = malloc(n * sizeof *lv);
	if (!types || !brackets || !lv)
		goto end;
	fribidi_get_bidi_types(cps, (FriBidiStrIndex)n, types);
	fribidi_get_bracket_types(cps, (FriBidiStrIndex)n, types, brackets);
	if (!fribidi_get_par_embedding_levels_ex(types, brackets, (FriBidiStrIndex)n, &par, lv))
		goto end;
	for (size_t i = 0; i < n; i++)
		levels[i] = (uint8_t)lv[i];
	result = FRIBIDI_IS_RTL(par) ? 1 : 0;
end:
	free(types);
	free(brackets);
	free(lv);
	return result;
}

bool bidi_reorder_line(const uint32_t *cps, const uint8_t *levels, size_t start, size_t len,
                       int par_level, uint32_t *map)
{
	FriBidiCharType *types;
	FriBidiLevel *lv;
	FriBidiStrIndex *m;
	bool ok = false;

	if (len == 0)
		return true;
	types = malloc(len * sizeof *types);
	lv = malloc(len * sizeof *lv);
	m = malloc(len * sizeof *m);
	if (!types || !lv || !m)
		goto end;
	fribidi_get_bidi_types(cps + start, (FriBidiStrIndex)len, types);
	for (size_t i = 0; i < len; i++) {
		lv[i] = (FriBidiLevel)levels[start + i];
		m[i] = (FriBidiStrIndex)i;
	}
	/* flags 0: no mirroring (HarfBuzz mirrors), no NSM reordering (L3). */
	if (!fribidi_reorder_line(0, types, (FriBidiStrIndex)len, 0,
	                          par_level ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR, lv, NULL, m))
		goto end;
	for (size_t i = 0; i < len; i++)
		map[i] = (uint32_t)(start + (size_t)m[i]);
	ok = true;
end:
	free(types);
	free(lv);
	free(m);
	return ok;
}

bool bidi_is_removed_by_x9(uint32_t cp)
{
	FriBidiCharType t = fribidi_get_bidi_type(cp);

	return FRIBIDI_IS_EXPLICIT_OR_BN(t);
}
