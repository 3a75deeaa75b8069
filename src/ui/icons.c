#include "icons.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL_image.h>

#include "../util/log.h"

#define MAX_ICONS 128

typedef struct {
	char name[48];
	int px;
	SDL_Texture *texture; /* NULL: the file failed, do not retry */
} icon;

struct icon_set {
	SDL_Renderer *renderer;
	char *dir;
	icon items[MAX_ICONS];
	int count;
};

icon_set *icons_create(SDL_Renderer *renderer, const char *dir)
{
	icon_set *s = calloc(1, sizeof *s);

	if (!s)
		return NULL;
	s->renderer = renderer;
	s->dir = strdup(dir);
	if (!s->dir) {
		free(s);
		return NULL;
	}
	return s;
}

void icons_destroy(icon_set *s)
{
	if (!s)
		return;
	for (int i = 0; i < s->count; i++)
		if (s->items[i].texture)
			SDL_DestroyTexture(s->items[i].texture);
	free(s->dir);
	free(s);
}

static icon *load(icon_set *s, const char *name, int px)
{
	char path[4200];
	SDL_RWops *rw;
	SDL_Surface *surf;
	icon *ic;

	for (int i = 0; i < s->count; i++)
		if (s->items[i].px == px && strcmp(s->items[i].name, name) == 0)
			return &s->items[i];
	if (s->count == MAX_ICONS) {
		/* Sizes change rarely (a new screen size): start the cache again. */
		for (int i = 0; i < s->count; i++)
			if (s->items[i].texture)
				SDL_DestroyTexture(s->items[i].texture);
		s->count = 0;
	}
	ic = &s->items[s->count++];
	snprintf(ic->name, sizeof ic->name, "%s", name);
	ic->px = px;
	ic->texture = NULL;
	snprintf(path, sizeof path, "%s/%s.svg", s->dir, name);
	rw = SDL_RWFromFile(path, "rb");
	surf = rw ? IMG_LoadSizedSVG_RW(rw, px, px) : NULL;
	if (rw)
		SDL_RWclose(rw);
	if (!surf) {
		/* Once per name and size; the button keeps its label. */
		log_warn("icon %s cannot be shown: %s", path, rw ? IMG_GetError() : "file missing");
		return ic;
	}
	ic->texture = SDL_CreateTextureFromSurface(s->renderer, surf);
	SDL_FreeSurface(surf);
	if (ic->texture)
		SDL_SetTextureBlendMode(ic->texture, SDL_BLENDMODE_BLEND);
	return ic;
}

void icons_draw(icon_set *s, const char *name, SDL_FRect rect, SDL_Color color, bool mirror)
{
	int px = (int)(rect.w < rect.h ? rect.w : rect.h);
	icon *ic;
	SDL_FRect dst;

	if (!s || !name || px <= 0)
		return;
	ic = load(s, name, px);
	if (!ic->texture)
		return;
	dst = (SDL_FRect){rect.x + (rect.w - (float)px) / 2, rect.y + (rect.h - (float)px) / 2,
	                  (float)px, (float)px};
	SDL_SetTextureColorMod(ic->texture, color.r, color.g, color.b);
	SDL_RenderCopyExF(s->renderer, ic->texture, NULL, &dst, 0, NULL,
	                  mirror ? SDL_FLIP_HORIZONTAL : SDL_FLIP_NONE);
}
