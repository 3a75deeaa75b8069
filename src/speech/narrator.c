#include "narrator.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "../util/log.h"
#include "recording.h"
#include "spoken.h"
#include "synth.h"

#define RATE        22050      /* espeak-ng's own rate; recordings are converted to it */
#define RING        (RATE * 2) /* two seconds made ahead, no more */
#define MARKS       256
#define GAP_SAMPLES (RATE * 35 / 100) /* a breath between blocks */
#define LANG_CACHE  16

typedef struct {
	char *ssml;        /* NULL: nothing to say */
	const char *voice; /* espeak-ng voice, or NULL */
	char *recording;   /* a good recording's path, or NULL */
} prepared;

typedef struct {
	uint64_t start; /* sample (of all produced since play) where it starts */
	int block;
} mark;

struct narrator {
	char *audio_dir;
	int volume;
	char **phones, **norwegian;
	size_t phone_count, norwegian_count;
	struct {
		char lang[16];
		bool recordings;
	} lang_cache[LANG_CACHE];
	size_t lang_cached;
	SDL_AudioDeviceID device;
	bool device_running; /* main thread only */
	SDL_Thread *thread;
	SDL_mutex *lock;
	SDL_cond *wake, *room;
	/* Everything below is guarded by lock. */
	prepared *queue;
	size_t count, next;
	unsigned generation;
	bool quit, paused, producing;
	short *ring;
	size_t head, len;
	mark marks[MARKS];
	size_t mark_count;
	uint64_t produced, consumed;
	int current;
	uint64_t first_sound;
	uint64_t samples_out, voiced_out;
	int peak_out;
};

static char **copy_list(const char *const *list, size_t count)
{
	char **out = calloc(count ? count : 1, sizeof *out);

	for (size_t i = 0; out && i < count; i++)
		out[i] = strdup(list[i]);
	return out;
}

static void free_list(char **list, size_t count)
{
	for (size_t i = 0; list && i < count; i++)
		free(list[i]);
	free(list);
}

static void free_queue(prepared *q, size_t count)
{
	for (size_t i = 0; q && i < count; i++) {
		free(q[i].ssml);
		free(q[i].recording);
	}
	free(q);
}

/* The device's thread: takes made sound from the ring, at the staff's
 * volume; silence while paused or while nothing is made yet. */
static void on_device(void *data, Uint8 *stream, int bytes)
{
	narrator *n = data;
	short *out = (short *)(void *)stream;
	size_t want = (size_t)bytes / sizeof *out, m = 0;

	SDL_LockMutex(n->lock);
	if (!n->paused && n->len > 0) {
		m = want < n->len ? want : n->len;
		for (size_t i = 0; i < m; i++) {
			int v = n->ring[(n->head + i) % RING] * n->volume / 100;

			out[i] = (short)v;
			n->voiced_out += v != 0;
			if (abs(v) > n->peak_out)
				n->peak_out = abs(v);
		}
		n->head = (n->head + m) % RING;
		n->len -= m;
		n->consumed += m;
		if (!n->first_sound)
			n->first_sound = SDL_GetPerformanceCounter();
		while (n->mark_count > 1 && n->marks[1].start <= n->consumed) {
			memmove(n->marks, n->marks + 1, (n->mark_count - 1) * sizeof *n->marks);
			n->mark_count--;
		}
		if (n->mark_count && n->marks[0].start <= n->consumed)
			n->current = n->marks[0].block;
		SDL_CondSignal(n->room);
	}
	if (!n->paused && n->len == 0 && !n->producing && n->next >= n->count)
		n->current = -1; /* all read */
	n->samples_out += want;
	SDL_UnlockMutex(n->lock);
	memset(out + m, 0, (want - m) * sizeof *out);
}

typedef struct {
	narrator *n;
	unsigned generation;
	/* narrator_render: a growing buffer instead of the ring */
	short *buf;
	size_t len, cap;
	bool failed;
} sink_ctx;

/* The narrator's thread hands sound to the ring, waiting while it is full;
 * false once a stop or a new play made this sound unwanted. */
static bool to_ring(const short *samples, int count, void *data)
{
	sink_ctx *c = data;
	narrator *n = c->n;
	size_t left = (size_t)count;

	SDL_LockMutex(n->lock);
	while (left > 0) {
		size_t space, m, at;

		if (n->quit || c->generation != n->generation) {
			SDL_UnlockMutex(n->lock);
			return false;
		}
		space = RING - n->len;
		if (space == 0) {
			SDL_CondWaitTimeout(n->room, n->lock, 50);
			continue;
		}
		m = left < space ? left : space;
		at = (n->head + n->len) % RING;
		for (size_t i = 0; i < m; i++)
			n->ring[(at + i) % RING] = samples ? samples[i] : 0;
		if (samples)
			samples += m;
		n->len += m;
		n->produced += m;
		left -= m;
	}
	SDL_UnlockMutex(n->lock);
	return true;
}

static bool to_buffer(const short *samples, int count, void *data)
{
	sink_ctx *c = data;
	size_t need = c->len + (size_t)count;

	if (need > c->cap) {
		size_t cap = need * 2;
		short *b = realloc(c->buf, cap * sizeof *b);

		if (!b) {
			c->failed = true;
			return false;
		}
		c->buf = b;
		c->cap = cap;
	}
	if (samples)
		memcpy(c->buf + c->len, samples, (size_t)count * sizeof *samples);
	else
		memset(c->buf + c->len, 0, (size_t)count * sizeof *samples);
	c->len = need;
	return true;
}

/* One block's sound: its recording, or the voice when the recording will
 * not play; then a breath. */
static void produce(const prepared *p, synth_sink sink, sink_ctx *c)
{
	bool stopped = false, done = false;

	if (p->recording) {
		char why[256];

		done = recording_decode(p->recording, RATE, sink, c, &stopped, why, sizeof why);
		/* Not logged: the file names which page is heard. make
		 * audio-check and the staff status name a damaged file. */
	}
	if (!done && !stopped && p->ssml && p->voice)
		stopped = !synth_speak(p->voice, p->ssml, sink, c) && c->failed;
	if (!stopped)
		sink(NULL, GAP_SAMPLES, c);
}

static int worker(void *data)
{
	narrator *n = data;

	synth_init(); /* espeak-ng's data loads here, not on the render thread */
	SDL_LockMutex(n->lock);
	for (;;) {
		prepared job;
		sink_ctx c = {n, 0, NULL, 0, 0, false};
		int k;

		while (!n->quit && n->next >= n->count)
			SDL_CondWait(n->wake, n->lock);
		if (n->quit)
			break;
		k = (int)n->next++;
		c.generation = n->generation;
		job.ssml = n->queue[k].ssml ? strdup(n->queue[k].ssml) : NULL;
		job.voice = n->queue[k].voice;
		job.recording = n->queue[k].recording ? strdup(n->queue[k].recording) : NULL;
		if (n->mark_count == MARKS) {
			memmove(n->marks, n->marks + 1, (MARKS - 1) * sizeof *n->marks);
			n->mark_count--;
		}
		n->marks[n->mark_count++] = (mark){n->produced, k};
		n->producing = true;
		SDL_UnlockMutex(n->lock);
		produce(&job, to_ring, &c);
		free(job.ssml);
		free(job.recording);
		SDL_LockMutex(n->lock);
		if (c.generation == n->generation)
			n->producing = false; /* (a stop already said so) */
	}
	SDL_UnlockMutex(n->lock);
	return 0;
}

narrator *narrator_create(const narrator_config *cfg)
{
	narrator *n = calloc(1, sizeof *n);

	if (!n)
		return NULL;
	n->audio_dir = strdup(cfg->audio_dir ? cfg->audio_dir : "assets/audio");
	n->volume = cfg->volume > 0 && cfg->volume <= 100 ? cfg->volume : 100;
	n->phones = copy_list(cfg->phones, cfg->phone_count);
	n->phone_count = cfg->phone_count;
	n->norwegian = copy_list(cfg->norwegian, cfg->norwegian_count);
	n->norwegian_count = cfg->norwegian_count;
	n->current = -1;
	n->lock = SDL_CreateMutex();
	n->wake = SDL_CreateCond();
	n->room = SDL_CreateCond();
	n->ring = calloc(RING, sizeof *n->ring);
	if (!n->audio_dir || !n->phones || !n->norwegian || !n->lock || !n->wake || !n->room ||
	    !n->ring) {
		narrator_destroy(n);
		return NULL;
	}
	if (cfg->device) {
		SDL_AudioSpec want = {0}, have;

		if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
			log_warn("read aloud: no sound (%s); the Listen button is hidden",
			         SDL_GetError());
			narrator_destroy(n);
			return NULL;
		}
		want.freq = RATE;
		want.format = AUDIO_S16SYS;
		want.channels = 1;
		want.samples = 512; /* 23 ms: a stop is heard at once */
		want.callback = on_device;
		want.userdata = n;
		n->device = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
		if (!n->device) {
			log_warn("read aloud: no audio device opens (%s); the Listen button is "
			         "hidden",
			         SDL_GetError());
			narrator_destroy(n);
			return NULL;
		}
		n->thread = SDL_CreateThread(worker, "mira-narrator", n);
		if (!n->thread) {
			narrator_destroy(n);
			return NULL;
		}
	}
	return n;
}

void narrator_destroy(narrator *n)
{
	if (!n)
		return;
	if (n->thread) {
		SDL_LockMutex(n->lock);
		n->quit = true;
		n->generation++;
		SDL_CondBroadcast(n->wake);
		SDL_CondBroadcast(n->room);
		SDL_UnlockMutex(n->lock);
		SDL_WaitThread(n->thread, NULL);
	}
	if (n->device)
		SDL_CloseAudioDevice(n->device);
	free_queue(n->queue, n->count);
	free(n->ring);
	if (n->room)
		SDL_DestroyCond(n->room);
	if (n->wake)
		SDL_DestroyCond(n->wake);
	if (n->lock)
		SDL_DestroyMutex(n->lock);
	free_list(n->phones, n->phone_count);
	free_list(n->norwegian, n->norwegian_count);
	free(n->audio_dir);
	free(n);
}

static bool has_recordings(const char *dir, const char *lang)
{
	char path[1024];
	DIR *d;
	struct dirent *e;
	bool any = false;

	snprintf(path, sizeof path, "%s/%s", dir, lang);
	d = opendir(path);
	if (!d)
		return false;
	while (!any && (e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		any = len > 4 && strcmp(e->d_name + len - 4, ".ogg") == 0;
	}
	closedir(d);
	return any;
}

bool narrator_can_speak(const narrator *n, const char *lang)
{
	narrator *m = (narrator *)n; /* the cache only */

	if (!n || !lang)
		return false;
	if (synth_voice(lang))
		return true;
	for (size_t i = 0; i < n->lang_cached; i++)
		if (strcmp(n->lang_cache[i].lang, lang) == 0)
			return n->lang_cache[i].recordings;
	if (m->lang_cached < LANG_CACHE) {
		snprintf(m->lang_cache[m->lang_cached].lang, sizeof m->lang_cache[0].lang, "%s",
		         lang);
		m->lang_cache[m->lang_cached].recordings = has_recordings(n->audio_dir, lang);
		return m->lang_cache[m->lang_cached++].recordings;
	}
	return has_recordings(n->audio_dir, lang);
}

char *narrator_ssml(const narrator *n, const char *text, const char *lang, const char *to_word,
                    const char *section_word)
{
	static const char *const other_scripts[] = {"ar", "fa", "ur", "ckb", "uk", "ti"};
	spoken_rules r = {lang,
	                  true,
	                  to_word,
	                  section_word,
	                  (const char *const *)n->phones,
	                  n->phone_count,
	                  (const char *const *)n->norwegian,
	                  n->norwegian_count};

	for (size_t i = 0; i < sizeof other_scripts / sizeof *other_scripts; i++)
		if (strcmp(lang, other_scripts[i]) == 0)
			r.latin_script = false;
	return spoken_ssml(text, &r);
}

/* Made on the calling (main) thread: the catalog's words are only safe
 * to read there. */
static prepared *prepare(const narrator *n, const speech_block *blocks, size_t count,
                         const char *reader_lang, const char *to_word, const char *section_word)
{
	prepared *q = calloc(count ? count : 1, sizeof *q);

	for (size_t i = 0; q && i < count; i++) {
		const speech_block *b = &blocks[i];
		bool reader = strcmp(b->lang, reader_lang) == 0;
		char path[1024], why[256];

		q[i].voice = synth_voice(b->lang);
		if (q[i].voice)
			q[i].ssml = narrator_ssml(n, b->text, b->lang, reader ? to_word : "to",
			                          reader ? section_word : "section");
		if (b->id &&
		    recording_find(n->audio_dir, b->lang, b->id, b->english, b->text, false, path,
		                   sizeof path, why, sizeof why) == RECORDING_OK)
			q[i].recording = strdup(path);
	}
	return q;
}

void narrator_stop(narrator *n)
{
	if (!n)
		return;
	SDL_LockMutex(n->lock);
	n->generation++;
	free_queue(n->queue, n->count);
	n->queue = NULL;
	n->count = n->next = 0;
	n->len = 0;
	n->mark_count = 0;
	n->produced = n->consumed = 0;
	n->paused = false;
	n->current = -1;
	n->producing = false; /* what the thread still makes is dropped */
	SDL_CondBroadcast(n->room);
	SDL_UnlockMutex(n->lock);
}

void narrator_play(narrator *n, const speech_block *blocks, size_t count, size_t first,
                   const char *reader_lang, const char *to_word, const char *section_word)
{
	prepared *q;

	if (!n)
		return;
	narrator_stop(n);
	q = prepare(n, blocks, count, reader_lang, to_word, section_word);
	if (!q)
		return;
	SDL_LockMutex(n->lock);
	n->queue = q;
	n->count = count;
	n->next = first < count ? first : count;
	n->current = n->next < count ? (int)n->next : -1;
	n->first_sound = 0;
	SDL_CondSignal(n->wake);
	SDL_UnlockMutex(n->lock);
	if (n->device && !n->device_running) {
		SDL_PauseAudioDevice(n->device, 0);
		n->device_running = true;
	}
}

void narrator_pause(narrator *n, bool paused)
{
	if (!n)
		return;
	SDL_LockMutex(n->lock);
	n->paused = paused;
	SDL_UnlockMutex(n->lock);
}

narrator_state narrator_get_state(narrator *n)
{
	narrator_state s;

	if (!n)
		return NARRATOR_IDLE;
	SDL_LockMutex(n->lock);
	if (n->current < 0 && n->len == 0 && !n->producing && n->next >= n->count)
		s = NARRATOR_IDLE;
	else
		s = n->paused ? NARRATOR_PAUSED : NARRATOR_PLAYING;
	SDL_UnlockMutex(n->lock);
	/* A still device costs nothing: it wakes only while there is sound. */
	if (s == NARRATOR_IDLE && n->device && n->device_running) {
		SDL_PauseAudioDevice(n->device, 1);
		n->device_running = false;
	}
	return s;
}

int narrator_current(narrator *n)
{
	int c;

	if (!n)
		return -1;
	SDL_LockMutex(n->lock);
	c = n->current;
	SDL_UnlockMutex(n->lock);
	return c;
}

uint64_t narrator_first_sound(narrator *n)
{
	uint64_t t;

	SDL_LockMutex(n->lock);
	t = n->first_sound;
	SDL_UnlockMutex(n->lock);
	return t;
}

void narrator_counters(narrator *n, uint64_t *samples, uint64_t *voiced, int *peak)
{
	SDL_LockMutex(n->lock);
	*samples = n->samples_out;
	*voiced = n->voiced_out;
	*peak = n->peak_out;
	SDL_UnlockMutex(n->lock);
}

int narrator_rate(void)
{
	return RATE;
}

bool narrator_render(narrator *n, const speech_block *blocks, size_t count, size_t first,
                     const char *reader_lang, const char *to_word, const char *section_word,
                     short **samples, size_t *sample_count, size_t *starts)
{
	prepared *q = prepare(n, blocks, count, reader_lang, to_word, section_word);
	sink_ctx c = {n, 0, NULL, 0, 0, false};

	*samples = NULL;
	*sample_count = 0;
	if (!q)
		return false;
	if (!synth_init() || synth_rate() != RATE)
		c.failed = true;
	for (size_t i = first; i < count && !c.failed; i++) {
		if (starts)
			starts[i] = c.len;
		produce(&q[i], to_buffer, &c);
	}
	free_queue(q, count);
	if (c.failed) {
		free(c.buf);
		return false;
	}
	*samples = c.buf;
	*sample_count = c.len;
	return true;
}
