#include "atlas.h"

#include <stdlib.h>
#include <string.h>

#include "../util/log.h"

#define PAGE_SIZE 1024
#define MAX_PAGES 64
#define PAD       1

typedef struct {
	uint32_t key_font, key_px, key_gid;
	bool used;  /* the key is in the table */
	bool ready; /* rasterized and placed (or known to have no ink) */
	bool ink;
	uint8_t page;
	SDL_Rect src;
	int left, top;
} entry;

typedef struct {
	SDL_Texture *texture;
	int shelf_y, shelf_h, cursor_x; /* shelf packing */
	uint64_t last_used;             /* the atlas's use count when last drawn from */
} page;

struct text_atlas {
	SDL_Renderer *renderer;
	int page_size, max_pages;
	page pages[MAX_PAGES];
	int page_count;
	int open;     /* the page new glyphs are packed into */
	entry *table; /* open addressing, power-of-two size */
	size_t cap, count;
	uint64_t uses;
	size_t evictions;
	uint32_t *scratch;
	size_t scratch_len;
};

text_atlas *atlas_create(SDL_Renderer *renderer)
{
	return atlas_create_sized(renderer, PAGE_SIZE, MAX_PAGES);
}

text_atlas *atlas_create_sized(SDL_Renderer *renderer, int page_size, int max_pages)
{
	text_atlas *a;

	if (page_size < 16 || max_pages < 2 || max_pages > MAX_PAGES)
		return NULL;
	a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	a->renderer = renderer;
	a->page_size = page_size;
	a->max_pages = max_pages;
	a->cap = 1024;
	a->table = calloc(a->cap, sizeof *a->table);
	if (!a->table) {
		atlas_destroy(a);
		return NULL;
	}
	return a;
}

void atlas_destroy(text_atlas *a)
{
	if (!a)
		return;
	for (int i = 0; i < a->page_count; i++)
		SDL_DestroyTexture(a->pages[i].texture);
	free(a->table);
	free(a->scratch);
	free(a);
}

static size_t hash(uint32_t f, uint32_t px, uint32_t gid)
{
	uint64_t h = ((uint64_t)f * 0x9E3779B1u) ^ ((uint64_t)px * 0x85EBCA77u) ^
	             ((uint64_t)gid * 0xC2B2AE3Du);

	h ^= h >> 29;
	return (size_t)(h * 0xBF58476D1CE4E5B9ull >> 20);
}

static entry *find_slot(entry *table, size_t cap, uint32_t f, uint32_t px, uint32_t gid)
{
	size_t i = hash(f, px, gid) & (cap - 1);

	while (table[i].used &&
	       !(table[i].key_font == f && table[i].key_px == px && table[i].key_gid == gid))
		i = (i + 1) & (cap - 1);
	return &table[i];
}

static bool rehash(text_atlas *a)
{
	size_t cap = a->cap * 2;
	entry *t = calloc(cap, sizeof *t);

	if (!t)
		return false;
	for (size_t i = 0; i < a->cap; i++)
		if (a->table[i].used)
			*find_slot(t, cap, a->table[i].key_font, a->table[i].key_px,
			           a->table[i].key_gid) = a->table[i];
	free(a->table);
	a->table = t;
	a->cap = cap;
	return true;
}

/* Transparent pixels over the whole page: the padding between glyphs must
 * not show what was there before. */
static void clear_page(text_atlas *a, page *p)
{
	void *zero = calloc((size_t)a->page_size * (size_t)a->page_size, 4);

	if (zero) {
		SDL_UpdateTexture(p->texture, NULL, zero, a->page_size * 4);
		free(zero);
	}
	p->shelf_y = p->shelf_h = p->cursor_x = 0;
}

static bool new_page(text_atlas *a)
{
	page *p;

	if (a->page_count == a->max_pages)
		return false;
	p = &a->pages[a->page_count];
	memset(p, 0, sizeof *p);
	p->texture = SDL_CreateTexture(a->renderer, SDL_PIXELFORMAT_ARGB8888,
	                               SDL_TEXTUREACCESS_STATIC, a->page_size, a->page_size);
	if (!p->texture) {
		log_error("cannot create a glyph texture: %s", SDL_GetError());
		return false;
	}
	clear_page(a, p);
	SDL_SetTextureBlendMode(p->texture, SDL_BLENDMODE_BLEND);
	a->open = a->page_count++;
	return true;
}

/* Every page is taken: the least recently drawn one is emptied and packed
 * anew; its glyphs are rasterized again when next drawn. SDL draws what is
 * already queued from that texture before the texture changes. With two
 * pages or more it is never the page of the glyph handed out last, whose
 * glyphs the draw stage may still be batching. */
static bool evict(text_atlas *a)
{
	int victim = 0;

	if (a->page_count == 0)
		return false;
	for (int i = 1; i < a->page_count; i++)
		if (a->pages[i].last_used < a->pages[victim].last_used)
			victim = i;
	for (size_t i = 0; i < a->cap; i++)
		if (a->table[i].used && a->table[i].ready && a->table[i].ink &&
		    a->table[i].page == victim)
			a->table[i].ready = false;
	clear_page(a, &a->pages[victim]);
	a->open = victim;
	if (a->evictions++ == 0)
		log_info("the glyph atlas is full (%d pages): reusing the least recently used",
		         a->page_count);
	return true;
}

/* Finds room for a w x h box; returns the page index or -1 (the glyph is
 * larger than a page, or there is no page at all). */
static int place(text_atlas *a, int w, int h, SDL_Rect *r)
{
	page *p;

	if (w + PAD > a->page_size || h + PAD > a->page_size)
		return -1;
	if (a->page_count == 0 && !new_page(a))
		return -1;
	for (;;) {
		p = &a->pages[a->open];
		if (p->cursor_x + w + PAD > a->page_size) { /* next shelf */
			p->shelf_y += p->shelf_h;
			p->shelf_h = 0;
			p->cursor_x = 0;
		}
		if (p->shelf_y + h + PAD <= a->page_size)
			break;
		/* The open page is full: a new page while there may be more,
		 * else the least recently used one (never a dropped glyph). */
		if (!new_page(a) && !evict(a))
			return -1;
	}
	r->x = p->cursor_x;
	r->y = p->shelf_y;
	r->w = w;
	r->h = h;
	p->cursor_x += w + PAD;
	if (h + PAD > p->shelf_h)
		p->shelf_h = h + PAD;
	return a->open;
}

/* Rasterizes the glyph into a page. A glyph with no ink (a space), or that
 * FreeType cannot render, or larger than a whole page, is ready with no
 * ink; on a passing failure (memory, no texture) it stays not ready and is
 * tried again when next drawn. */
static void rasterize(text_atlas *a, text_font *font, int px, uint32_t gid, entry *e)
{
	FT_GlyphSlot slot;
	FT_Bitmap *bm;
	int pg;
	size_t need;

	e->ink = false;
	e->ready = true;
	if (!font_set_pixel_size(font, px) ||
	    FT_Load_Glyph(font->ft, gid, FT_LOAD_TARGET_LIGHT) != 0 ||
	    FT_Render_Glyph(font->ft->glyph, FT_RENDER_MODE_LIGHT) != 0)
		return;
	slot = font->ft->glyph;
	bm = &slot->bitmap;
	if (bm->width == 0 || bm->rows == 0 || bm->pixel_mode != FT_PIXEL_MODE_GRAY)
		return;
	if ((int)bm->width + PAD > a->page_size || (int)bm->rows + PAD > a->page_size) {
		log_warn("a glyph of %ux%u pixels is larger than a glyph page; it is not drawn",
		         bm->width, bm->rows);
		return;
	}
	need = (size_t)bm->width * bm->rows;
	if (need > a->scratch_len) {
		uint32_t *s = realloc(a->scratch, need * sizeof *s);

		if (!s) {
			e->ready = false;
			return;
		}
		a->scratch = s;
		a->scratch_len = need;
	}
	pg = place(a, (int)bm->width, (int)bm->rows, &e->src);
	if (pg < 0) {
		e->ready = false;
		return;
	}
	/* White with the coverage as alpha: vertex colours tint it. */
	for (unsigned int y = 0; y < bm->rows; y++)
		for (unsigned int x = 0; x < bm->width; x++)
			a->scratch[y * bm->width + x] =
			    ((uint32_t)bm->buffer[y * bm->pitch + (int)x] << 24) | 0xFFFFFFu;
	SDL_UpdateTexture(a->pages[pg].texture, &e->src, a->scratch, (int)bm->width * 4);
	e->page = (uint8_t)pg;
	e->left = slot->bitmap_left;
	e->top = slot->bitmap_top;
	e->ink = true;
}

bool atlas_get(text_atlas *a, text_font *font, int px, uint32_t gid, atlas_glyph *out)
{
	entry *e;

	if (!a || !font || px <= 0)
		return false;
	e = find_slot(a->table, a->cap, (uint32_t)font->id, (uint32_t)px, gid);
	if (!e->used) {
		if ((a->count + 1) * 2 > a->cap) {
			if (!rehash(a))
				return false;
			e = find_slot(a->table, a->cap, (uint32_t)font->id, (uint32_t)px, gid);
		}
		e->used = true;
		e->ready = false;
		e->key_font = (uint32_t)font->id;
		e->key_px = (uint32_t)px;
		e->key_gid = gid;
		a->count++;
	}
	if (!e->ready) /* new, or its page was reused */
		rasterize(a, font, px, gid, e);
	if (!e->ready || !e->ink)
		return false;
	a->pages[e->page].last_used = ++a->uses;
	out->texture = a->pages[e->page].texture;
	out->src = e->src;
	out->u0 = (float)e->src.x / (float)a->page_size;
	out->v0 = (float)e->src.y / (float)a->page_size;
	out->u1 = (float)(e->src.x + e->src.w) / (float)a->page_size;
	out->v1 = (float)(e->src.y + e->src.h) / (float)a->page_size;
	out->left = e->left;
	out->top = e->top;
	return true;
}

size_t atlas_eviction_count(const text_atlas *a)
{
	return a ? a->evictions : 0;
}

size_t atlas_glyph_count(const text_atlas *a)
{
	return a ? a->count : 0;
}

size_t atlas_page_count(const text_atlas *a)
{
	return a ? (size_t)a->page_count : 0;
}
