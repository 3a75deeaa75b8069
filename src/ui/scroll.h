/* Scrolling with momentum: a drag moves the content with the finger, a
 * flick keeps it moving and friction slows it down. Pure logic in pixels
 * and milliseconds (a 64-bit clock: it never wraps), so it is tested without
 * a screen. */
#ifndef MIRA_UI_SCROLL_H
#define MIRA_UI_SCROLL_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
	float offset;   /* pixels scrolled from the top, 0..max */
	float max;      /* content height minus view height, at least 0 */
	float velocity; /* pixels per millisecond, while coasting */
	bool dragging;
	float last_y;
	uint64_t last_ms;
} scroller;

void scroller_reset(scroller *s, float max);
void scroller_set_max(scroller *s, float max);
void scroller_drag_start(scroller *s, float y, uint64_t ms);
void scroller_drag_move(scroller *s, float y, uint64_t ms);
void scroller_drag_end(scroller *s, uint64_t ms);
/* Moves by delta pixels at once (wheel, keys), stopping any coasting. */
void scroller_by(scroller *s, float delta);
/* Advances the coasting to time ms; true while the offset still changes. */
bool scroller_step(scroller *s, uint64_t ms);

#endif
