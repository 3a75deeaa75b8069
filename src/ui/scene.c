#include "scene.h"

#include <stdlib.h>
#include <string.h>

#include "../text/draw.h"

static bool grow(void **p, size_t *cap, size_t count, size_t elem)
{
	size_t n;
	void *q;

	if (count < *cap)
		return true;
	n = *cap ? *cap * 2 : 16;
	q = realloc(*p, n * elem);
	if (!q)
		return false;
	*p = q;
	*cap = n;
	return true;
}

void scene_clear(scene *s)
{
	for (size_t i = 0; i < s->widget_count; i++)
		text_layout_destroy(s->widgets[i].label);
	for (size_t i = 0; i < s->text_count; i++)
		text_layout_destroy(s->texts[i].layout);
	guide_page_destroy(s->page);
	free(s->widgets);
	free(s->texts);
	free(s->boxes);
	memset(s, 0, sizeof *s);
}

void scene_add_box(scene *s, SDL_FRect rect, color_role fill, bool bordered, color_role border)
{
	if (!grow((void **)&s->boxes, &s->box_cap, s->box_count, sizeof *s->boxes))
		return;
	s->boxes[s->box_count++] = (scene_box){rect, fill, border, bordered};
}

void scene_add_text(scene *s, text_layout *layout, float x, float y, color_role color, int cycle)
{
	if (!layout)
		return;
	if (!grow((void **)&s->texts, &s->text_cap, s->text_count, sizeof *s->texts)) {
		text_layout_destroy(layout);
		return;
	}
	s->texts[s->text_count++] = (scene_text){layout, x, y, color, cycle};
	if (cycle >= s->cycle_count)
		s->cycle_count = cycle + 1;
}

widget *scene_add_button(scene *s, ui_action action, int arg, const char *name, SDL_FRect rect,
                         button_style style, const char *icon, text_layout *label, bool rtl)
{
	widget *w;
	float lw = label ? text_layout_width(label) : 0, lh = label ? text_layout_height(label) : 0;

	if (!grow((void **)&s->widgets, &s->widget_cap, s->widget_count, sizeof *s->widgets)) {
		text_layout_destroy(label);
		return NULL;
	}
	w = &s->widgets[s->widget_count++];
	memset(w, 0, sizeof *w);
	w->action = action;
	w->arg = arg;
	snprintf(w->name, sizeof w->name, "%s", name);
	w->rect = rect;
	w->style = style;
	w->icon = icon;
	w->label = label;
	if (style == BUTTON_TILE || style == BUTTON_STRIP || style == BUTTON_EXIT) {
		/* Icon above, label centred below; the pair centred in the button. */
		float side = icon ? (style == BUTTON_TILE ? rect.h * 0.42f : rect.h * 0.40f) : 0;
		float gap = icon && label ? rect.h * 0.04f : 0;

		/* A long label (two lines on a narrow strip) leaves the icon less room. */
		if (side > rect.h - lh - gap - rect.h * 0.08f)
			side = rect.h - lh - gap - rect.h * 0.08f;
		if (side < 0)
			side = 0;
		float top = rect.y + (rect.h - side - gap - lh) / 2;

		w->icon_rect = (SDL_FRect){rect.x + (rect.w - side) / 2, top, side, side};
		w->label_x = rect.x + (rect.w - lw) / 2;
		w->label_y = top + side + gap;
	} else {
		/* A row: icon at the start edge, label beside it, centred vertically. */
		float side = icon ? rect.h * 0.6f : 0, pad = rect.h * 0.2f;

		w->icon_rect = (SDL_FRect){rtl ? rect.x + rect.w - pad - side : rect.x + pad,
		                           rect.y + (rect.h - side) / 2, side, side};
		w->label_x = rtl ? rect.x + rect.w - 2 * pad - side - lw
		                 : rect.x + pad + side + (icon ? pad : 0);
		w->label_y = rect.y + (rect.h - lh) / 2;
	}
	return w;
}

const widget *scene_hit(const scene *s, float x, float y)
{
	/* Last added is on top. */
	for (size_t i = s->widget_count; i-- > 0;) {
		const SDL_FRect *r = &s->widgets[i].rect;

		if (x >= r->x && x < r->x + r->w && y >= r->y && y < r->y + r->h)
			return &s->widgets[i];
	}
	return NULL;
}

static void fill(SDL_Renderer *r, SDL_FRect rect, SDL_Color c)
{
	SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
	SDL_RenderFillRectF(r, &rect);
}

static void outline(SDL_Renderer *r, SDL_FRect rect, SDL_Color c, float width)
{
	SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
	for (int i = 0; i < (int)width; i++) {
		SDL_FRect o = {rect.x + (float)i, rect.y + (float)i, rect.w - 2.0f * (float)i,
		               rect.h - 2.0f * (float)i};

		SDL_RenderDrawRectF(r, &o);
	}
}

static void draw_widget(const widget *w, SDL_Renderer *r, text_atlas *atlas, icon_set *icons,
                        bool hc)
{
	color_role bg = ROLE_SURFACE, ink = ROLE_INK, icon = ROLE_ACCENT;

	if (w->style == BUTTON_STRIP) {
		bg = ROLE_STRIP;
		ink = icon = ROLE_STRIP_INK;
	} else if (w->style == BUTTON_EXIT) {
		bg = ROLE_EXIT;
		ink = icon = ROLE_EXIT_INK;
	}
	fill(r, w->rect, theme_color(hc, bg));
	if (w->style != BUTTON_STRIP)
		outline(r, w->rect,
		        theme_color(hc, w->style == BUTTON_EXIT ? ROLE_EXIT_INK : ROLE_BORDER),
		        hc ? 3 : 2);
	if (w->icon)
		icons_draw(icons, w->icon, w->icon_rect, theme_color(hc, icon), w->mirror_icon);
	if (w->label)
		text_draw(r, atlas, w->label, w->label_x, w->label_y, theme_color(hc, ink), NULL);
}

static void draw_parts(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons, bool hc,
                       int cycle_index)
{
	for (size_t i = 0; i < s->box_count; i++) {
		fill(r, s->boxes[i].rect, theme_color(hc, s->boxes[i].fill));
		if (s->boxes[i].bordered)
			outline(r, s->boxes[i].rect, theme_color(hc, s->boxes[i].border), 2);
	}
	for (size_t i = 0; i < s->text_count; i++) {
		const scene_text *t = &s->texts[i];

		if (t->cycle >= 0 && s->cycle_count && t->cycle != cycle_index % s->cycle_count)
			continue;
		text_draw(r, atlas, t->layout, t->x, t->y, theme_color(hc, t->color), NULL);
	}
	for (size_t i = 0; i < s->widget_count; i++)
		draw_widget(&s->widgets[i], r, atlas, icons, hc);
}

void scene_draw(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons, bool hc,
                float scroll, int cycle_index)
{
	SDL_Color bg = theme_color(hc, ROLE_BACKGROUND);

	SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, 255);
	SDL_RenderClear(r);
	if (s->page) {
		SDL_RenderSetClipRect(r, &s->page_view);
		guide_page_draw(s->page, r, atlas, scroll, &s->page_view, hc);
		SDL_RenderSetClipRect(r, NULL);
	}
	draw_parts(s, r, atlas, icons, hc, cycle_index);
}

void scene_draw_over(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons, bool hc)
{
	draw_parts(s, r, atlas, icons, hc, 0);
}

void scene_dump_hits(const scene *s, const char *screen, FILE *out)
{
	fprintf(out, "screen %s\n", screen);
	for (size_t i = 0; i < s->widget_count; i++)
		fprintf(out, "hit %s %d %d %d %d\n", s->widgets[i].name, (int)s->widgets[i].rect.x,
		        (int)s->widgets[i].rect.y, (int)s->widgets[i].rect.w,
		        (int)s->widgets[i].rect.h);
	fflush(out);
}
