/* mira-audio: read aloud, for staff.
 *   mira-audio check [--lang CODE]   per language: blocks heard from staff
 *       recordings, from the synthetic voice (espeak-ng), or not at all; and
 *       every recording that will not play (file and reason). Exit 1 if any.
 *   mira-audio script CODE           the blocks still to record in a language,
 *       with the file name each recording gets and its text, for a volunteer
 *       native speaker (make audio-script LANG=so).
 * Options: --data-dir DIR (assets/ and fonts/, default .), --locale-dir DIR
 * (compiled catalogs, default $BUILD/locale). */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../content/catalog.h"
#include "../content/contacts.h"
#include "../content/guide.h"
#include "../content/language.h"
#include "../speech/blocks.h"
#include "../speech/recording.h"
#include "../speech/synth.h"
#include "../ui/screens.h"

typedef struct {
	char audio_dir[4200];
	const char *lang;
	char **ids;
	size_t count, cap;
	bool script;
	size_t to_record;
} walk;

static const char *label_ctx[TOPIC_COUNT];
static const char *label_english[TOPIC_COUNT];

static bool known(const walk *w, const char *id)
{
	for (size_t i = 0; i < w->count; i++)
		if (strcmp(w->ids[i], id) == 0)
			return true;
	return false;
}

static void remember(walk *w, const char *id)
{
	if (w->count == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 512;
		char **ids = realloc(w->ids, cap * sizeof *ids);

		if (!ids)
			return;
		w->ids = ids;
		w->cap = cap;
	}
	w->ids[w->count] = strdup(id);
	if (w->ids[w->count])
		w->count++;
}

/* Each block's id (for the recordings of no block); for the script, the
 * blocks without a good recording. */
static void visit(const char *ctx, const char *english, const char *text, const char *lang,
                  void *data)
{
	walk *w = data;
	char id[96], path[4400], why[256];

	recording_block_id(ctx, english, id, sizeof id);
	remember(w, id);
	if (!w->script)
		return;
	if (recording_find(w->audio_dir, lang, id, english, text, false, path, sizeof path, why,
	                   sizeof why) == RECORDING_OK)
		return;
	w->to_record++;
	if (why[0])
		printf("%s/%s/%s.ogg   (now: %s)\n", w->audio_dir, lang, id, why);
	else
		printf("%s/%s/%s.ogg\n", w->audio_dir, lang, id);
	printf("  english: %s\n", english);
	printf("  text: %s\n\n", text);
}

static void walk_all(walk *w, const guide_list *guides, const contact_list *contacts)
{
	speech_all_blocks(guides, contacts, label_ctx, label_english, TOPIC_COUNT, w->lang, visit,
	                  w);
}

static void free_walk(walk *w)
{
	for (size_t i = 0; i < w->count; i++)
		free(w->ids[i]);
	free(w->ids);
	w->ids = NULL;
	w->count = w->cap = 0;
}

static void audio_dir(walk *w, const char *data_dir)
{
	if (strcmp(data_dir, ".") == 0)
		snprintf(w->audio_dir, sizeof w->audio_dir, "assets/audio");
	else
		snprintf(w->audio_dir, sizeof w->audio_dir, "%s/assets/audio", data_dir);
}

static int problems;

/* Said after the language's line, which they belong under. */
static void problem(const char *path, const char *why, void *data)
{
	fprintf(data,
	        "    %s: %s; it is not played (the voice reads the block, where there is one)\n",
	        path, why);
	problems++;
}

/* Recordings whose id is no block's: the English changed, or the block went. */
static void orphans(walk *w)
{
	char dir[4300];
	DIR *d;
	struct dirent *e;

	snprintf(dir, sizeof dir, "%s/%s", w->audio_dir, w->lang);
	d = opendir(dir);
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		char id[256];

		if (len < 5 || strcmp(e->d_name + len - 4, ".ogg") != 0 || len - 4 >= sizeof id)
			continue;
		memcpy(id, e->d_name, len - 4);
		id[len - 4] = '\0';
		if (!known(w, id)) {
			printf(
			    "    %s/%s: stale: no block has this id any more (its English text "
			    "changed, or the block is gone); record it again (make audio-script)\n",
			    dir, e->d_name);
			problems++;
		}
	}
	closedir(d);
}

static int check(const char *only, const char *data_dir, const guide_list *guides,
                 const contact_list *contacts)
{
	printf("Read aloud: blocks heard per language (recorded by staff, read by the "
	       "synthetic voice, or silent)\n");
	for (size_t i = 0; i < language_count(); i++) {
		const language *l = language_at(i);
		audio_coverage c;
		walk w = {.lang = l->code};
		char *said = NULL;
		size_t said_len = 0;
		FILE *later;

		if (only && strcmp(only, l->code) != 0)
			continue;
		audio_dir(&w, data_dir);
		catalog_set_language(l->code);
		later = open_memstream(&said, &said_len);
		if (!later)
			return 2;
		speech_coverage(guides, contacts, label_ctx, label_english, TOPIC_COUNT, l->code,
		                w.audio_dir, true, &c, problem, later);
		fclose(later);
		printf("  %-4s %-18s ", l->code, l->english_name);
		printf("%zu blocks: %zu recorded, %zu synthesized, %zu silent%s\n", c.blocks,
		       c.recorded, c.synthesized, c.silent,
		       synth_voice(l->code) ? ""
		       : c.recorded ? " (no synthetic voice: the Listen button shows; the rest "
		                      "is silent)"
		                    : " (no synthetic voice and no recordings: no Listen button)");
		fputs(said, stdout);
		free(said);
		walk_all(&w, guides, contacts);
		orphans(&w);
		free_walk(&w);
	}
	if (problems)
		printf("%d recording(s) will not play: see above.\n", problems);
	return problems ? 1 : 0;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {{"data-dir", required_argument, NULL, 'd'},
	                                     {"locale-dir", required_argument, NULL, 'D'},
	                                     {"lang", required_argument, NULL, 'l'},
	                                     {NULL, 0, NULL, 0}};
	const char *data_dir = ".", *only = NULL;
	char locale[4200], path[4300];
	guide_list guides = {0};
	contact_list contacts = {0};
	diag_list diags = {0};
	int c, status;

	snprintf(locale, sizeof locale, "%s/locale", getenv("BUILD") ? getenv("BUILD") : "build");
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd': data_dir = optarg; break;
		case 'D': snprintf(locale, sizeof locale, "%s", optarg); break;
		case 'l': only = optarg; break;
		default:
			fprintf(stderr, "usage: mira-audio [--data-dir DIR] [--locale-dir DIR] "
			                "check [--lang CODE] | script CODE\n");
			return 2;
		}
	}
	for (int t = 0; t < TOPIC_COUNT; t++) {
		label_ctx[t] = "topic";
		label_english[t] = screens_topic_english((guide_topic)t);
	}
	snprintf(path, sizeof path, "%s/assets/guides", data_dir);
	guides_load_dir(path, &guides, &diags);
	snprintf(path, sizeof path, "%s/assets/contacts.txt", data_dir);
	contacts_load(path, &contacts, &diags);
	catalog_init(locale);
	if (optind < argc && strcmp(argv[optind], "check") == 0) {
		status = check(only, data_dir, &guides, &contacts);
	} else if (optind + 1 < argc && strcmp(argv[optind], "script") == 0 &&
	           language_find(argv[optind + 1])) {
		walk w = {.lang = argv[optind + 1], .script = true};

		audio_dir(&w, data_dir);
		catalog_set_language(w.lang);
		printf("# Blocks to record in %s (%s). Record each as the file named, read\n"
		       "# from its text line; put the english: and text: lines in a .txt\n"
		       "# file of the same name beside it (README: Read aloud).\n\n",
		       language_find(w.lang)->english_name, w.lang);
		walk_all(&w, &guides, &contacts);
		printf("# %zu block(s) to record.\n", w.to_record);
		free_walk(&w);
		status = 0;
	} else {
		fprintf(stderr, "usage: mira-audio [--data-dir DIR] [--locale-dir DIR] "
		                "check [--lang CODE] | script CODE (a language code)\n");
		status = 2;
	}
	guides_free(&guides);
	contacts_free(&contacts);
	diag_clear(&diags);
	return status;
}
