#include "kiosk_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/catalog.h"
#include "../../src/text/breaks.h"

bool fixture_open(kiosk_fixture *f, int w, int h)
{
	char locale[512];

	memset(f, 0, sizeof *f);
	f->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
	f->renderer = f->surface ? SDL_CreateSoftwareRenderer(f->surface) : NULL;
	f->fonts = fontset_create("fonts");
	if (!f->renderer || !f->fonts)
		return false;
	guides_load_dir("assets/guides", &f->guides, &f->diags);
	contacts_load("assets/contacts.txt", &f->contacts, &f->diags);
	snprintf(locale, sizeof locale, "%s/locale", getenv("BUILD") ? getenv("BUILD") : "build");
	catalog_init(locale);
	f->cfg = (app_config){.renderer = f->renderer,
	                      .fonts = f->fonts,
	                      .guides = &f->guides,
	                      .contacts = &f->contacts,
	                      .diags = &f->diags,
	                      .icons_dir = "assets/icons",
	                      .kiosk_mode = true};
	return true;
}

void fixture_close(kiosk_fixture *f)
{
	app_destroy(f->app);
	guides_free(&f->guides);
	contacts_free(&f->contacts);
	diag_clear(&f->diags);
	fontset_destroy(f->fonts);
	breaks_cleanup();
	if (f->renderer)
		SDL_DestroyRenderer(f->renderer);
	SDL_FreeSurface(f->surface);
	SDL_Quit();
	memset(f, 0, sizeof *f);
}

void fixture_mouse(app *a, Uint32 type, int x, int y, uint64_t now)
{
	SDL_Event e;

	memset(&e, 0, sizeof e);
	e.type = type;
	if (type == SDL_MOUSEMOTION) {
		e.motion.x = x;
		e.motion.y = y;
		e.motion.state = SDL_BUTTON_LMASK;
	} else {
		e.button.button = SDL_BUTTON_LEFT;
		e.button.x = x;
		e.button.y = y;
	}
	app_handle_event(a, &e, now);
}
