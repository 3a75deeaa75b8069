/* The kiosk's interface on a headless software surface, with the project's
 * own content and published catalogs: shared by the interface tests, the
 * soak and the benchmarks. Run from the project root; BUILD names the
 * build folder whose catalogs are used. */
#ifndef MIRA_TEST_KIOSK_FIXTURE_H
#define MIRA_TEST_KIOSK_FIXTURE_H

#include <stdbool.h>

#include <SDL.h>

#include "../../src/content/contacts.h"
#include "../../src/content/guide.h"
#include "../../src/text/font.h"
#include "../../src/ui/app.h"

typedef struct {
	SDL_Surface *surface;
	SDL_Renderer *renderer;
	text_fontset *fonts;
	guide_list guides;
	contact_list contacts;
	diag_list diags;
	app_config cfg; /* filled with defaults; adjust, then app_create(&cfg, ...) */
	app *app;       /* destroyed by fixture_close when set */
} kiosk_fixture;

/* A w x h surface, the content, the catalogs and a default config. */
bool fixture_open(kiosk_fixture *f, int w, int h);
void fixture_close(kiosk_fixture *f);

/* A left-button mouse event (down, up, or motion with the button held) at
 * (x, y), handed to the app at time now, as SDL would deliver it. */
void fixture_mouse(app *a, Uint32 type, int x, int y, uint64_t now);

#endif
