#include "scene.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../speech/recording.h"
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
	for (size_t i = 0; i < s->spoken_count; i++) {
		free(s->spoken[i].english);
		free(s->spoken[i].text);
	}
	free(s->spoken);
	qr_free(&s->qr);
	guide_page_destroy(s->page);
	free(s->widgets);
	free(s->texts);
	free(s->boxes);
	memset(s, 0, sizeof *s);
}

/* A margin below the last item of the scrolling layer (design pixels at
 * 1080; the view's height tells the scale well enough). */
static float end_margin(const scene *s)
{
	return 32.0f * (float)s->view.h / 1080.0f;
}

static void extend(scene *s, float bottom)
{
	if (s->scrolling && bottom > s->content_bottom)
		s->content_bottom = bottom;
}

void scene_begin_scroll(scene *s, SDL_Rect view)
{
	s->scrolling = true;
	s->view = view;
	s->content_bottom = (float)view.y;
}

static scene_spoken *add_spoken(scene *s, const char *english, const char *text, const char *lang,
                                SDL_FRect rect)
{
	scene_spoken *sp;

	if (!grow((void **)&s->spoken, &s->spoken_cap, s->spoken_count, sizeof *s->spoken))
		return NULL;
	sp = &s->spoken[s->spoken_count];
	memset(sp, 0, sizeof *sp);
	sp->english = strdup(english);
	sp->text = strdup(text);
	if (!sp->english || !sp->text) {
		free(sp->english);
		free(sp->text);
		return NULL;
	}
	sp->lang = lang;
	sp->rect = rect;
	sp->scrolls = s->scrolling;
	s->spoken_count++;
	return sp;
}

void scene_add_spoken(scene *s, const char *ctx, const char *english, const char *text,
                      const char *lang, SDL_FRect rect)
{
	scene_spoken *sp = add_spoken(s, english, text, lang, rect);

	if (sp)
		recording_block_id(ctx, english, sp->id, sizeof sp->id);
}

float scene_add_qr(scene *s, const char *data, float x, float y, float side)
{
	float full;

	qr_free(&s->qr);
	if (!qr_make(data, strlen(data), &s->qr))
		return 0;
	s->qr_px = qr_module_px(&s->qr, side);
	full = (float)((s->qr.size + 2 * QR_QUIET) * s->qr_px);
	s->qr_x = floorf(x - full / 2);
	s->qr_y = floorf(y);
	extend(s, y + full);
	return full;
}

void scene_set_page(scene *s, guide_page *page)
{
	guide_page_destroy(s->page);
	s->page = page;
	if (page) {
		size_t n;
		const page_block *b = guide_page_blocks(page, &n);

		extend(s, (float)s->view.y + s->page_y + guide_page_height(page));
		for (size_t i = 0; i < n; i++) {
			SDL_FRect r = {(float)s->view.x + b[i].x,
			               (float)s->view.y + s->page_y + b[i].y, b[i].w, b[i].h};
			scene_spoken *sp = add_spoken(s, b[i].english, b[i].text, b[i].lang, r);

			if (sp)
				memcpy(sp->id, b[i].id, sizeof sp->id);
		}
	}
}

float scene_scroll_max(const scene *s)
{
	float max;

	if (!s->scrolling)
		return 0;
	/* A guide page keeps its own bottom margin. */
	max = s->content_bottom + (s->page ? 0 : end_margin(s)) - (float)(s->view.y + s->view.h);
	return max > 0.5f ? max : 0;
}

/* Item i of the scrolling layer: page items, else widgets then texts. */
static bool layer_item(const scene *s, size_t i, float *y, float *h)
{
	size_t k = 0;

	if (s->page) {
		size_t n;
		const page_item *items = guide_page_items(s->page, &n);

		if (i >= n)
			return false;
		*y = (float)s->view.y + s->page_y + items[i].y;
		*h = items[i].h;
		return true;
	}
	for (size_t j = 0; j < s->widget_count; j++)
		if (s->widgets[j].scrolls && k++ == i) {
			*y = s->widgets[j].rect.y;
			*h = s->widgets[j].rect.h;
			return true;
		}
	for (size_t j = 0; j < s->text_count; j++)
		if (s->texts[j].scrolls && k++ == i) {
			*y = s->texts[j].y;
			*h = text_layout_height(s->texts[j].layout);
			return true;
		}
	return false;
}

bool scene_anchor(const scene *s, float scroll, size_t *item, float *fraction)
{
	float top = (float)s->view.y + scroll, y, h;

	for (size_t i = 0; layer_item(s, i, &y, &h); i++)
		if (y + h > top) {
			*item = i;
			*fraction = h > 0 && top > y ? (top - y) / h : 0;
			return true;
		}
	return false;
}

float scene_anchor_scroll(const scene *s, size_t item, float fraction)
{
	float y, h;

	if (!layer_item(s, item, &y, &h))
		return 0;
	return y + fraction * h - (float)s->view.y;
}

void scene_add_box(scene *s, SDL_FRect rect, color_role fill, bool bordered, color_role border)
{
	if (!grow((void **)&s->boxes, &s->box_cap, s->box_count, sizeof *s->boxes))
		return;
	s->boxes[s->box_count++] = (scene_box){rect, fill, border, bordered, s->scrolling};
	extend(s, rect.y + rect.h);
}

scene_text *scene_add_text(scene *s, text_layout *layout, float x, float y, color_role color,
                           int cycle)
{
	scene_text *t;

	if (!layout)
		return NULL;
	if (!grow((void **)&s->texts, &s->text_cap, s->text_count, sizeof *s->texts)) {
		text_layout_destroy(layout);
		return NULL;
	}
	t = &s->texts[s->text_count++];
	*t = (scene_text){layout, x, y, color, cycle, s->scrolling, ROLE_BACKGROUND, NULL, false};
	if (cycle >= s->cycle_count)
		s->cycle_count = cycle + 1;
	extend(s, y + text_layout_height(layout));
	return t;
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
	w->scrolls = s->scrolling;
	extend(s, rect.y + rect.h);
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

SDL_FRect scene_widget_rect(const scene *s, const widget *w, float scroll)
{
	SDL_FRect r = w->rect;

	(void)s;
	if (w->scrolls)
		r.y -= scroll;
	return r;
}

static bool in_view(const scene *s, float x, float y)
{
	const SDL_Rect *v = &s->view;

	return x >= (float)v->x && x < (float)(v->x + v->w) && y >= (float)v->y &&
	       y < (float)(v->y + v->h);
}

const widget *scene_hit(const scene *s, float x, float y, float scroll)
{
	/* Last added is on top; the fixed layer is above the scrolling one. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = s->widget_count; i-- > 0;) {
			const widget *w = &s->widgets[i];
			SDL_FRect r = scene_widget_rect(s, w, scroll);

			if (w->scrolls != (pass == 1) || w->disabled)
				continue;
			if (w->scrolls && !in_view(s, x, y))
				continue;
			if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
				return w;
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

void widget_colors(const widget *w, bool pressed, color_role *bg, color_role *ink, color_role *icon)
{
	*bg = ROLE_SURFACE;
	*ink = ROLE_INK;
	*icon = ROLE_ACCENT;
	if (w->style == BUTTON_STRIP) {
		*bg = ROLE_STRIP;
		*ink = *icon = ROLE_STRIP_INK;
	} else if (w->style == BUTTON_EXIT) {
		*bg = ROLE_EXIT;
		*ink = *icon = ROLE_EXIT_INK;
	}
	if (w->disabled)
		*ink = *icon = w->style == BUTTON_STRIP ? ROLE_STRIP_MUTED : ROLE_MUTED;
	if (pressed) {
		/* Held down: the colours swap, so the finger sees it took. */
		color_role t = *bg;

		*bg = *ink;
		*ink = *icon = t;
	}
}

static void draw_widget(const widget *w, float dy, bool pressed, SDL_Renderer *r, text_atlas *atlas,
                        icon_set *icons, bool hc)
{
	color_role bg, ink, icon;
	SDL_FRect rect = w->rect, ir = w->icon_rect;

	rect.y -= dy;
	ir.y -= dy;
	widget_colors(w, pressed, &bg, &ink, &icon);
	fill(r, rect, theme_color(hc, bg));
	if (w->style != BUTTON_STRIP)
		outline(r, rect,
		        theme_color(hc, w->style == BUTTON_EXIT ? ROLE_EXIT_INK : ROLE_BORDER),
		        hc ? 3 : 2);
	if (w->icon)
		icons_draw(icons, w->icon, ir, theme_color(hc, icon), w->mirror_icon);
	if (w->label)
		text_draw(r, atlas, w->label, w->label_x, w->label_y - dy, theme_color(hc, ink),
		          NULL);
	if (w->levels > 0) {
		/* The gauge: one small square per level, filled up to the current. */
		SDL_FRect g = w->gauge_rect;
		float side = g.h, gap = side * 0.8f;
		float x = g.x + (g.w - (float)w->levels * (side + gap) + gap) / 2;
		SDL_Color c = theme_color(hc, ink);

		for (int i = 0; i < w->levels; i++) {
			SDL_FRect sq = {x + (float)i * (side + gap), g.y - dy, side, side};

			if (i <= w->level)
				fill(r, sq, c);
			else
				outline(r, sq, c, 1);
		}
	}
}

static void draw_layer(const scene *s, bool scrolling, float scroll, SDL_Renderer *r,
                       text_atlas *atlas, icon_set *icons, bool hc, int cycle_index,
                       const widget *pressed)
{
	float dy = scrolling ? scroll : 0;

	for (size_t i = 0; i < s->box_count; i++) {
		SDL_FRect b = s->boxes[i].rect;

		if (s->boxes[i].scrolls != scrolling)
			continue;
		b.y -= dy;
		fill(r, b, theme_color(hc, s->boxes[i].fill));
		if (s->boxes[i].bordered)
			outline(r, b, theme_color(hc, s->boxes[i].border), 2);
	}
	for (size_t i = 0; i < s->text_count; i++) {
		const scene_text *t = &s->texts[i];

		if (t->scrolls != scrolling)
			continue;
		if (t->cycle >= 0 && s->cycle_count && t->cycle != cycle_index % s->cycle_count)
			continue;
		text_draw(r, atlas, t->layout, t->x, t->y - dy, theme_color(hc, t->color), NULL);
	}
	for (size_t i = 0; i < s->widget_count; i++)
		if (s->widgets[i].scrolls == scrolling)
			draw_widget(&s->widgets[i], dy, &s->widgets[i] == pressed, r, atlas, icons,
			            hc);
}

/* The scroll bar on the end edge (left for RTL) and, while more follows
 * below or above, a fade at that edge of the view: a sign that the list or
 * page goes on. */
static void draw_scroll_signs(const scene *s, SDL_Renderer *r, bool hc, float scroll, bool rtl)
{
	const SDL_Rect *v = &s->view;
	float max = scene_scroll_max(s), unit = (float)(v->w < v->h ? v->w : v->h) / 1080.0f;
	float total = (float)v->h + max, bar_h, y, x, w = 12 * unit, fade = 56 * unit;
	SDL_Color bg = theme_color(hc, ROLE_BACKGROUND), c = theme_color(hc, ROLE_ACCENT);

	if (max <= 0)
		return;
	SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
	for (int i = 0; i < (int)fade; i++) {
		Uint8 alpha = (Uint8)(230.0f * (float)i / fade);

		SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, alpha);
		if (scroll < max - 1)
			SDL_RenderDrawLineF(r, (float)v->x, (float)(v->y + v->h) - fade + (float)i,
			                    (float)(v->x + v->w),
			                    (float)(v->y + v->h) - fade + (float)i);
		if (scroll > 1)
			SDL_RenderDrawLineF(r, (float)v->x, (float)v->y + fade - (float)i,
			                    (float)(v->x + v->w), (float)v->y + fade - (float)i);
	}
	SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
	bar_h = (float)v->h * (float)v->h / total;
	if (bar_h < 48 * unit)
		bar_h = 48 * unit;
	y = (float)v->y + scroll / max * ((float)v->h - bar_h);
	x = rtl ? (float)v->x + 4 * unit : (float)(v->x + v->w) - w - 4 * unit;
	fill(r, (SDL_FRect){x, y, w, bar_h}, c);
}

void scene_draw(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons, bool hc,
                float scroll, int cycle_index, const widget *pressed)
{
	SDL_Color bg = theme_color(hc, ROLE_BACKGROUND);

	SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, 255);
	SDL_RenderClear(r);
	if (s->scrolling) {
		SDL_RenderSetClipRect(r, &s->view);
		if (s->page)
			guide_page_draw(s->page, r, atlas, scroll - s->page_y, &s->view, hc);
		draw_layer(s, true, scroll, r, atlas, icons, hc, cycle_index, pressed);
		if (s->qr.size)
			qr_draw(&s->qr, r, s->qr_x, floorf(s->qr_y - scroll), s->qr_px);
		draw_scroll_signs(s, r, hc, scroll, s->rtl);
		SDL_RenderSetClipRect(r, NULL);
	}
	draw_layer(s, false, 0, r, atlas, icons, hc, cycle_index, pressed);
}

void scene_draw_over(const scene *s, SDL_Renderer *r, text_atlas *atlas, icon_set *icons, bool hc,
                     const widget *pressed)
{
	draw_layer(s, false, 0, r, atlas, icons, hc, 0, pressed);
}

void scene_dump_hits(const scene *s, const char *screen, float scroll, FILE *out)
{
	fprintf(out, "screen %s\n", screen);
	size_t top = 0;
	float fraction = 0;

	scene_anchor(s, scroll, &top, &fraction);
	fprintf(out, "view %d %d %d %d %d %d %zu\n", s->view.x, s->view.y, s->view.w, s->view.h,
	        (int)scroll, (int)scene_scroll_max(s), top);
	for (size_t i = 0; i < s->widget_count; i++) {
		SDL_FRect r = scene_widget_rect(s, &s->widgets[i], scroll);

		fprintf(out, "hit %s %d %d %d %d\n", s->widgets[i].name, (int)r.x, (int)r.y,
		        (int)r.w, (int)r.h);
	}
	fflush(out);
}
