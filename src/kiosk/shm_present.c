#include "shm_present.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <SDL_syswm.h>
#include <wayland-client.h>

#define BUFFERS 2

typedef struct {
	struct wl_buffer *buffer;
	void *pixels;
	size_t size;
	bool busy; /* the compositor still reads it */
} shm_buffer;

struct shm_present {
	struct wl_display *display;
	struct wl_surface *surface;
	struct wl_event_queue *queue; /* ours, apart from SDL's */
	struct wl_shm *shm;
	SDL_Surface *canvas;
	SDL_Renderer *renderer;
	shm_buffer buffers[BUFFERS];
	int w, h;
};

static void on_global(void *data, struct wl_registry *reg, uint32_t name, const char *iface,
                      uint32_t version)
{
	shm_present *p = data;

	(void)version;
	if (strcmp(iface, wl_shm_interface.name) == 0)
		p->shm = wl_registry_bind(reg, name, &wl_shm_interface, 1);
}

static void on_global_remove(void *data, struct wl_registry *reg, uint32_t name)
{
	(void)data;
	(void)reg;
	(void)name;
}

static void on_release(void *data, struct wl_buffer *buffer)
{
	(void)buffer;
	((shm_buffer *)data)->busy = false;
}

static const struct wl_buffer_listener release_listener = {on_release};

static void free_buffers(shm_present *p)
{
	for (int i = 0; i < BUFFERS; i++) {
		shm_buffer *b = &p->buffers[i];

		if (b->buffer)
			wl_buffer_destroy(b->buffer);
		if (b->pixels)
			munmap(b->pixels, b->size);
		memset(b, 0, sizeof *b);
	}
}

/* Two buffers of w x h in anonymous shared memory (memfd: no file). */
static bool make_buffers(shm_present *p, int w, int h)
{
	int stride = w * 4;

	free_buffers(p);
	for (int i = 0; i < BUFFERS; i++) {
		shm_buffer *b = &p->buffers[i];
		int fd = memfd_create("mira-frame", MFD_CLOEXEC);
		struct wl_shm_pool *pool;

		b->size = (size_t)stride * (size_t)h;
		if (fd < 0 || ftruncate(fd, (off_t)b->size) != 0) {
			if (fd >= 0)
				close(fd);
			return false;
		}
		b->pixels = mmap(NULL, b->size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (b->pixels == MAP_FAILED) {
			b->pixels = NULL;
			close(fd);
			return false;
		}
		pool = wl_shm_create_pool(p->shm, fd, (int32_t)b->size);
		b->buffer =
		    wl_shm_pool_create_buffer(pool, 0, w, h, stride, WL_SHM_FORMAT_XRGB8888);
		wl_shm_pool_destroy(pool);
		close(fd);
		wl_proxy_set_queue((struct wl_proxy *)b->buffer, p->queue);
		wl_buffer_add_listener(b->buffer, &release_listener, b);
	}
	return true;
}

shm_present *shm_present_create(SDL_Window *win)
{
	static const struct wl_registry_listener listener = {on_global, on_global_remove};
	SDL_SysWMinfo info;
	shm_present *p;
	struct wl_registry *reg;

	SDL_VERSION(&info.version);
	if (!SDL_GetWindowWMInfo(win, &info) || info.subsystem != SDL_SYSWM_WAYLAND) {
		SDL_SetError("not a Wayland window");
		return NULL;
	}
	p = SDL_calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->display = info.info.wl.display;
	p->surface = info.info.wl.surface;
	p->queue = wl_display_create_queue(p->display);
	reg = wl_display_get_registry(p->display);
	wl_proxy_set_queue((struct wl_proxy *)reg, p->queue);
	wl_registry_add_listener(reg, &listener, p);
	wl_display_roundtrip_queue(p->display, p->queue);
	wl_registry_destroy(reg);
	if (!p->shm) {
		SDL_SetError("the compositor offers no shared memory (wl_shm)");
		shm_present_destroy(p);
		return NULL;
	}
	return p;
}

void shm_present_destroy(shm_present *p)
{
	if (!p)
		return;
	free_buffers(p);
	if (p->renderer)
		SDL_DestroyRenderer(p->renderer);
	SDL_FreeSurface(p->canvas);
	if (p->shm)
		wl_shm_destroy(p->shm);
	if (p->queue)
		wl_event_queue_destroy(p->queue);
	SDL_free(p);
}

SDL_Renderer *shm_present_renderer(shm_present *p, int w, int h)
{
	if (p->renderer && w == p->w && h == p->h)
		return p->renderer;
	if (p->renderer)
		SDL_DestroyRenderer(p->renderer);
	SDL_FreeSurface(p->canvas);
	p->renderer = NULL;
	p->canvas = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_XRGB8888);
	if (p->canvas && make_buffers(p, w, h)) {
		p->renderer = SDL_CreateSoftwareRenderer(p->canvas);
		p->w = w;
		p->h = h;
	}
	return p->renderer;
}

bool shm_present_frame(shm_present *p)
{
	shm_buffer *b = NULL;

	if (!p->renderer)
		return false;
	/* A buffer the compositor has let go of; wait for one if need be. */
	for (;;) {
		wl_display_dispatch_queue_pending(p->display, p->queue);
		for (int i = 0; i < BUFFERS && !b; i++)
			if (!p->buffers[i].busy)
				b = &p->buffers[i];
		if (b || wl_display_roundtrip_queue(p->display, p->queue) < 0)
			break;
	}
	if (!b)
		return false;
	SDL_LockSurface(p->canvas);
	for (int y = 0; y < p->h; y++)
		memcpy((char *)b->pixels + (size_t)y * (size_t)p->w * 4,
		       (char *)p->canvas->pixels + (size_t)y * (size_t)p->canvas->pitch,
		       (size_t)p->w * 4);
	SDL_UnlockSurface(p->canvas);
	b->busy = true;
	wl_surface_attach(p->surface, b->buffer, 0, 0);
	wl_surface_damage(p->surface, 0, 0, p->w, p->h);
	wl_surface_commit(p->surface);
	wl_display_flush(p->display);
	return true;
}
