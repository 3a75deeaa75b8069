/* Read aloud: a list of blocks (what a screen shows, in reading order)
 * becomes sound, block by block: a staff recording of the block if there is
 * a good one, else espeak-ng in the block's language, else silence. Sound
 * is made on the narrator's own thread, a block at a time, into a short
 * buffer that the audio device drains, so the first sound comes soon and a
 * frame never waits. Stop drops the buffer and everything queued at once.
 * Nothing is written to disk and nothing heard is logged. */
#ifndef MIRA_SPEECH_NARRATOR_H
#define MIRA_SPEECH_NARRATOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One block to read; the narrator copies what it needs. */
typedef struct {
	const char *id;      /* stable block id (recording.h) */
	const char *english; /* the English source */
	const char *text;    /* what the screen shows: the translation, or the English */
	const char *lang;    /* the language of text */
} speech_block;

typedef struct {
	const char *audio_dir;     /* where recordings live (assets/audio) */
	int volume;                /* the staff's maximum, percent (1..100) */
	bool device;               /* open an audio device (false: narrator_render only) */
	const char *const *phones; /* phone numbers, digits only (spoken.h) */
	size_t phone_count;
	const char *const *norwegian; /* names said in Norwegian (spoken.h) */
	size_t norwegian_count;
} narrator_config;

typedef enum { NARRATOR_IDLE, NARRATOR_PLAYING, NARRATOR_PAUSED } narrator_state;

typedef struct narrator narrator;

/* NULL (with a log line) if no audio device opens when one is asked for. */
narrator *narrator_create(const narrator_config *config);
void narrator_destroy(narrator *n);

/* Whether a visitor reading lang can hear anything: espeak-ng has a voice
 * for it, or staff added recordings for it. */
bool narrator_can_speak(const narrator *n, const char *lang);

/* Reads blocks[first..count) from now on, replacing whatever was read.
 * to_word and section_word are the reader's words for ranges and § (see
 * spoken.h), used for blocks in reader_lang. */
void narrator_play(narrator *n, const speech_block *blocks, size_t count, size_t first,
                   const char *reader_lang, const char *to_word, const char *section_word);
void narrator_pause(narrator *n, bool paused);
/* Silence at once: the device's buffer and everything queued are dropped. */
void narrator_stop(narrator *n);

narrator_state narrator_get_state(narrator *n);
/* The block being heard (index into the blocks given to narrator_play), or
 * -1 when none. */
int narrator_current(narrator *n);

/* For benchmarks: when the device took the first sample of the last play,
 * in SDL_GetPerformanceCounter ticks (0 while none came). */
uint64_t narrator_first_sound(narrator *n);
/* For tests: samples handed to the device since it opened, how many of
 * them held sound, and the loudest (after the staff's volume). */
void narrator_counters(narrator *n, uint64_t *samples, uint64_t *voiced, int *peak);

/* Headless: everything a visitor would hear from blocks[first..count), as
 * mono 16-bit samples at narrator_rate(); the caller frees *samples. Also
 * reports, per block, where its sound starts (starts[count], may be NULL). */
bool narrator_render(narrator *n, const speech_block *blocks, size_t count, size_t first,
                     const char *reader_lang, const char *to_word, const char *section_word,
                     short **samples, size_t *sample_count, size_t *starts);
int narrator_rate(void);

/* What narrator_play would send espeak-ng for text (a new string). */
char *narrator_ssml(const narrator *n, const char *text, const char *lang, const char *to_word,
                    const char *section_word);

#endif
