/* Translations at run time, through libintl (glibc's gettext): one
 * language at a time, switched without restart, reloaded without restart.
 *
 * Works on a machine whose only locales are C, C.UTF-8 and POSIX, with LANG
 * unset: LC_ALL is C.UTF-8 and the language is chosen by LANGUAGE, whose
 * values are plain catalog folder names. */
#ifndef MIRA_CONTENT_CATALOG_H
#define MIRA_CONTENT_CATALOG_H

#include <stdbool.h>

#define CATALOG_DOMAIN "mira"

/* Binds the text domain to locale_dir (a folder of LANG/LC_MESSAGES/mira.mo,
 * or a symbolic link to one: it is resolved, so a re-pointed link is a new
 * catalog to glibc). False if the folder cannot be resolved; the kiosk then
 * shows English. */
bool catalog_init(const char *locale_dir);

/* Switches to the language code ("fa"); "en" is the source language. */
void catalog_set_language(const char *code);
const char *catalog_language(void);

/* The translation of msgid in context ctx. *translated (may be NULL) is
 * false when the catalog has no (or only a fuzzy) translation: the English
 * msgid comes back, and the caller marks it as such. For "en" it is true.
 * The result is owned by libintl or is msgid; valid until the next reload. */
const char *catalog_get(const char *ctx, const char *msgid, bool *translated);

/* Plural form for n, with the catalog's Plural-Forms (Arabic has six). */
const char *catalog_nget(const char *ctx, const char *singular, const char *plural, unsigned long n,
                         bool *translated);

/* True when the current language's catalog exists and its header says
 * X-Review-Status: reviewed. English, the source, counts as reviewed. */
bool catalog_reviewed(void);
/* True when the current language has a catalog at all. */
bool catalog_present(void);

/* If the locale folder link now points elsewhere (staff published new
 * catalogs), rebinds to the new folder and returns true. Cheap (a
 * realpath); app_tick calls it at most twice a second. */
bool catalog_poll_reload(void);

/* glibc keeps each catalog it has opened mapped until the process ends: it
 * has no call to unload one (only __libc_freeres, for memory checkers at
 * exit). So every reload adds a generation of catalogs to memory, about
 * 1 MB once all languages were shown. The number of catalog folders bound
 * since catalog_init (1 before any reload); once it reaches
 * CATALOG_GENERATIONS_MAX the kiosk starts itself afresh the next time it
 * is at rest (app_restart_due), which bounds that memory. */
#define CATALOG_GENERATIONS_MAX 4
int catalog_generations(void);

/* Checks every language's compiled catalog in the bound folder: a missing
 * one is reported once (the language shows in English), a damaged one (not
 * a .mo file, cut short, offsets outside the file) is reported with its
 * path. glibc would silently ignore both. Returns how many are damaged. */
int catalog_check_files(void *diags);

/* For xgettext: these mark UI strings in the sources. */
#define tr(ctx, msgid)                catalog_get(ctx, msgid, NULL)
#define trn(ctx, singular, plural, n) catalog_nget(ctx, singular, plural, n, NULL)

#endif
