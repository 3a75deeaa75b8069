#include "scroll.h"

#include <math.h>

/* Share of the velocity lost per millisecond: the fastest flick (8 px/ms)
 * coasts about 1.5 s and 2000 px, a slow one (1 px/ms) about 1 s. */
#define FRICTION     0.004f
#define MIN_VELOCITY 0.02f
#define MAX_VELOCITY 8.0f

static void clamp(scroller *s)
{
	if (s->offset < 0) {
		s->offset = 0;
		s->velocity = 0;
	} else if (s->offset > s->max) {
		s->offset = s->max;
		s->velocity = 0;
	}
}

/* Milliseconds from last to ms; 0 if the clock seems to go back (a caller
 * handing an older time must not read as a huge gap). */
static uint64_t since(uint64_t last, uint64_t ms)
{
	return ms > last ? ms - last : 0;
}

void scroller_reset(scroller *s, float max)
{
	*s = (scroller){0};
	s->max = max > 0 ? max : 0;
}

void scroller_set_max(scroller *s, float max)
{
	s->max = max > 0 ? max : 0;
	clamp(s);
}

void scroller_drag_start(scroller *s, float y, uint64_t ms)
{
	s->dragging = true;
	s->velocity = 0;
	s->last_y = y;
	s->last_ms = ms;
}

void scroller_drag_move(scroller *s, float y, uint64_t ms)
{
	float dy = y - s->last_y;
	uint64_t dt = since(s->last_ms, ms);

	if (!s->dragging)
		return;
	s->offset -= dy;
	if (dt > 0) {
		/* Smoothed, so one jittery event does not decide the flick. */
		float v = -dy / (float)dt;

		s->velocity = 0.6f * v + 0.4f * s->velocity;
	}
	s->last_y = y;
	s->last_ms = ms;
	clamp(s);
}

void scroller_drag_end(scroller *s, uint64_t ms)
{
	s->dragging = false;
	/* A finger that rested before lifting does not flick. */
	if (since(s->last_ms, ms) > 100)
		s->velocity = 0;
	if (s->velocity > MAX_VELOCITY)
		s->velocity = MAX_VELOCITY;
	if (s->velocity < -MAX_VELOCITY)
		s->velocity = -MAX_VELOCITY;
	s->last_ms = ms;
}

void scroller_by(scroller *s, float delta)
{
	s->velocity = 0;
	s->offset += delta;
	clamp(s);
}

bool scroller_step(scroller *s, uint64_t ms)
{
	uint64_t dt = since(s->last_ms, ms);
	float before = s->offset;

	if (s->dragging || s->velocity == 0) {
		s->last_ms = ms;
		return false;
	}
	if (dt > 100)
		dt = 100; /* after a stall, do not jump */
	for (uint64_t i = 0; i < dt; i++) {
		s->offset += s->velocity;
		s->velocity -= s->velocity * FRICTION;
		if (fabsf(s->velocity) < MIN_VELOCITY) {
			s->velocity = 0;
			break;
		}
	}
	s->last_ms = ms;
	clamp(s);
	return s->offset != before;
}
