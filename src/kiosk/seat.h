/* A Wayland compositor without a seat (no keyboard, mouse or touch screen
 * yet: one plugged in after boot, or a headless one) crashes SDL 2.26 in
 * SDL_Init (upstream SDL issue #8898: Wayland_InitMouse uses the input
 * object that only a wl_seat creates). The kiosk looks first, with
 * libwayland-client, before SDL touches the display. */
#ifndef MIRA_KIOSK_SEAT_H
#define MIRA_KIOSK_SEAT_H

#include <stdbool.h>

/* Whether SDL will use Wayland: SDL_VIDEODRIVER=wayland, or no X display
 * but a Wayland one. */
bool seat_wayland_session(void);

/* Whether the Wayland compositor offers a wl_seat; true also when it
 * cannot be reached (SDL then says why). */
bool seat_available(void);

#endif
