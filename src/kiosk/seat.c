#include "seat.h"

#include <stdlib.h>
#include <string.h>

#include <wayland-client.h>

bool seat_wayland_session(void)
{
	const char *driver = getenv("SDL_VIDEODRIVER");

	if (driver && *driver)
		return strcmp(driver, "wayland") == 0;
	return getenv("WAYLAND_DISPLAY") && !getenv("DISPLAY");
}

static void on_global(void *data, struct wl_registry *registry, uint32_t name,
                      const char *interface, uint32_t version)
{
	(void)registry;
	(void)name;
	(void)version;
	if (strcmp(interface, wl_seat_interface.name) == 0)
		*(bool *)data = true;
}

static void on_global_remove(void *data, struct wl_registry *registry, uint32_t name)
{
	(void)data;
	(void)registry;
	(void)name;
}

bool seat_available(void)
{
	static const struct wl_registry_listener listener = {on_global, on_global_remove};
	struct wl_display *d = wl_display_connect(NULL);
	struct wl_registry *r;
	bool seat = false;

	if (!d)
		return true;
	r = wl_display_get_registry(d);
	if (r) {
		wl_registry_add_listener(r, &listener, &seat);
		wl_display_roundtrip(d);
		wl_registry_destroy(r);
	} else {
		seat = true;
	}
	wl_display_disconnect(d);
	return seat;
}
