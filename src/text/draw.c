#include "draw.h"

#include <math.h>
#include <stdlib.h>

typedef struct {
	SDL_Vertex *v;
	int *idx;
	int nv, ni, cap;
} batch;

static bool push_quad(batch *b, const atlas_glyph *ag, float x, float y, SDL_Color c)
{
	if (b->nv + 4 > b->cap) {
		int cap = b->cap ? b->cap * 2 : 256;
		SDL_Vertex *v = realloc(b->v, (size_t)cap * sizeof *v);
		int *idx;

		if (!v)
			return false;
		b->v = v;
		idx = realloc(b->idx, (size_t)cap / 4 * 6 * sizeof *idx);
		if (!idx)
			return false;
		b->idx = idx;
		b->cap = cap;
	}
	b->v[b->nv + 0] = (SDL_Vertex){{x, y}, c, {ag->u0, ag->v0}};
	b->v[b->nv + 1] = (SDL_Vertex){{x + (float)ag->src.w, y}, c, {ag->u1, ag->v0}};
	b->v[b->nv + 2] =
	    (SDL_Vertex){{x + (float)ag->src.w, y + (float)ag->src.h}, c, {ag->u1, ag->v1}};
	b->v[b->nv + 3] = (SDL_Vertex){{x, y + (float)ag->src.h}, c, {ag->u0, ag->v1}};
	b->idx[b->ni++] = b->nv;
	b->idx[b->ni++] = b->nv + 1;
	b->idx[b->ni++] = b->nv + 2;
	b->idx[b->ni++] = b->nv;
	b->idx[b->ni++] = b->nv + 2;
	b->idx[b->ni++] = b->nv + 3;
	b->nv += 4;
	return true;
}

static bool flush(SDL_Renderer *r, SDL_Texture *t, batch *b)
{
	bool ok = b->nv == 0 || SDL_RenderGeometry(r, t, b->v, b->nv, b->idx, b->ni) == 0;

	b->nv = b->ni = 0;
	return ok;
}

bool text_draw(SDL_Renderer *renderer, text_atlas *atlas, const text_layout *layout, float x,
               float y, SDL_Color color, const SDL_Rect *clip)
{
	size_t nlines, nruns;
	const text_line *lines = text_layout_lines(layout, &nlines);
	const text_visual_run *runs = text_layout_runs(layout, &nruns);
	size_t nglyphs;
	const text_glyph *glyphs = text_layout_glyphs(layout, &nglyphs);
	int px = (int)lroundf(text_layout_size(layout));
	SDL_Texture *current = NULL;
	batch b = {0};
	bool ok = true;

	for (size_t i = 0; i < nlines && ok; i++) {
		const text_line *line = &lines[i];

		if (clip && (y + line->top + line->height < (float)clip->y ||
		             y + line->top > (float)(clip->y + clip->h)))
			continue;
		for (size_t r = line->first_run; r < line->first_run + line->run_count; r++) {
			for (size_t g = runs[r].first_glyph;
			     g < runs[r].first_glyph + runs[r].glyph_count; g++) {
				atlas_glyph ag;
				float gx, gy;

				if (!atlas_get(atlas, glyphs[g].font, px, glyphs[g].gid, &ag))
					continue;
				if (ag.texture != current) {
					ok = ok && flush(renderer, current, &b);
					current = ag.texture;
				}
				gx = roundf(x + glyphs[g].x) + (float)ag.left;
				gy = roundf(y + glyphs[g].y) - (float)ag.top;
				if (!push_quad(&b, &ag, gx, gy, color))
					ok = false;
			}
		}
	}
	ok = flush(renderer, current, &b) && ok;
	free(b.v);
	free(b.idx);
	return ok;
}
