#include "theme.h"

#include <math.h>

/* Calm, warm colours; the contrast of ink on background is above 12:1. */
static const SDL_Color normal[ROLE_COUNT] = {
    [ROLE_BACKGROUND] = {0xfa, 0xf7, 0xf2, 255}, [ROLE_SURFACE] = {0xff, 0xff, 0xff, 255},
    [ROLE_INK] = {0x1d, 0x1b, 0x2e, 255},        [ROLE_MUTED] = {0x55, 0x51, 0x66, 255},
    [ROLE_ACCENT] = {0x56, 0x39, 0x87, 255},     [ROLE_BORDER] = {0x8c, 0x7a, 0xad, 255},
    [ROLE_NOTE] = {0xf1, 0xea, 0xfa, 255},       [ROLE_STRIP] = {0x3b, 0x27, 0x5e, 255},
    [ROLE_STRIP_INK] = {0xff, 0xff, 0xff, 255},  [ROLE_EXIT] = {0xff, 0xd4, 0x5c, 255},
    [ROLE_EXIT_INK] = {0x1d, 0x1b, 0x2e, 255},   [ROLE_STRIP_MUTED] = {0x9a, 0x8c, 0xb8, 255},
};

/* Black, white and yellow only: the strongest contrast for low vision. */
static const SDL_Color high[ROLE_COUNT] = {
    [ROLE_BACKGROUND] = {0, 0, 0, 255},    [ROLE_SURFACE] = {0, 0, 0, 255},
    [ROLE_INK] = {255, 255, 255, 255},     [ROLE_MUTED] = {255, 255, 255, 255},
    [ROLE_ACCENT] = {255, 230, 0, 255},    [ROLE_BORDER] = {255, 255, 255, 255},
    [ROLE_NOTE] = {0x20, 0x20, 0x20, 255}, [ROLE_STRIP] = {0, 0, 0, 255},
    [ROLE_STRIP_INK] = {255, 230, 0, 255}, [ROLE_EXIT] = {255, 230, 0, 255},
    [ROLE_EXIT_INK] = {0, 0, 0, 255},      [ROLE_STRIP_MUTED] = {150, 150, 150, 255},
};

SDL_Color theme_color(bool high_contrast, color_role role)
{
	return (high_contrast ? high : normal)[role < ROLE_COUNT ? role : ROLE_INK];
}

static float luminance(SDL_Color c)
{
	const Uint8 rgb[3] = {c.r, c.g, c.b};
	const float weight[3] = {0.2126f, 0.7152f, 0.0722f};
	float l = 0;

	for (int i = 0; i < 3; i++) {
		float v = (float)rgb[i] / 255.0f;

		v = v <= 0.04045f ? v / 12.92f : powf((v + 0.055f) / 1.055f, 2.4f);
		l += weight[i] * v;
	}
	return l;
}

float theme_contrast(bool high_contrast, color_role fg, color_role bg)
{
	float a = luminance(theme_color(high_contrast, fg)),
	      b = luminance(theme_color(high_contrast, bg));

	return a > b ? (a + 0.05f) / (b + 0.05f) : (b + 0.05f) / (a + 0.05f);
}
