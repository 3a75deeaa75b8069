#include "synth.h"

#include <string.h>

#include <SDL.h>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "../util/log.h"

/* Words a minute: a little slower than espeak-ng's 175, for listeners in
 * a language that is not always their first. */
#define RATE      150
#define BUFFER_MS 60 /* the sink gets sound in pieces this long: first sound soon */

static SDL_SpinLock once;
static SDL_mutex *lock;
static bool ready, failed;
static int rate;

typedef struct {
	synth_sink sink;
	void *ctx;
	bool stopped;
} job;

static int on_sound(short *wav, int count, espeak_EVENT *events)
{
	job *j = events ? events->user_data : NULL;

	/* Once the sink stops, the rest of the utterance is made and dropped
	 * rather than cut: espeak-ng 1.51 leaks about 1 kB each time an
	 * utterance is cut inside an SSML voice switch, and making the rest of
	 * one block takes milliseconds. */
	if (j && !j->stopped && wav && count > 0 && j->sink && !j->sink(wav, count, j->ctx))
		j->stopped = true;
	return 0;
}

const char *synth_voice(const char *lang)
{
	static const char *const voiced[] = {"nb", "en", "ar", "fa", "ur", "uk", "pl", "tr"};

	for (size_t i = 0; lang && i < sizeof voiced / sizeof *voiced; i++)
		if (strcmp(lang, voiced[i]) == 0)
			return voiced[i];
	return NULL;
}

bool synth_init(void)
{
	SDL_AtomicLock(&once);
	if (!ready && !failed) {
		espeak_ng_STATUS st;

		lock = SDL_CreateMutex();
		espeak_ng_InitializePath(NULL);
		st = espeak_ng_Initialize(NULL);
		if (st == ENS_OK)
			st = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, BUFFER_MS, NULL);
		if (st != ENS_OK || !lock) {
			char msg[256];

			espeak_ng_GetStatusCodeMessage(st, msg, sizeof msg);
			log_error("read aloud: espeak-ng cannot start (%s); is espeak-ng-data "
			          "installed? Pages can still be read, not heard.",
			          msg);
			failed = true;
		} else {
			espeak_SetSynthCallback(on_sound);
			espeak_SetParameter(espeakRATE, RATE, 0);
			rate = espeak_ng_GetSampleRate();
			ready = true;
		}
	}
	SDL_AtomicUnlock(&once);
	return ready;
}

int synth_rate(void)
{
	return rate;
}

static bool run(const char *voice, const char *ssml, job *j)
{
	espeak_ERROR err;

	if (!synth_init())
		return false;
	SDL_LockMutex(lock);
	err = espeak_SetVoiceByName(voice);
	if (err == EE_OK) {
		espeak_SetParameter(espeakRATE, RATE, 0);
		err = espeak_Synth(ssml, strlen(ssml) + 1, 0, POS_CHARACTER, 0,
		                   espeakCHARS_UTF8 | espeakSSML, NULL, j);
	}
	SDL_UnlockMutex(lock);
	if (err != EE_OK)
		log_warn("read aloud: espeak-ng could not speak with voice '%s'", voice);
	return err == EE_OK && !j->stopped;
}

bool synth_speak(const char *voice, const char *ssml, synth_sink sink, void *ctx)
{
	job j = {sink, ctx, false};

	return run(voice, ssml, &j);
}

bool synth_phonemes(const char *voice, const char *ssml, FILE *trace)
{
	job j = {NULL, NULL, false};
	bool ok;

	if (!synth_init())
		return false;
	SDL_LockMutex(lock);
	espeak_SetPhonemeTrace(espeakPHONEMES_SHOW, trace);
	SDL_UnlockMutex(lock);
	ok = run(voice, ssml, &j);
	SDL_LockMutex(lock);
	espeak_SetPhonemeTrace(0, NULL);
	SDL_UnlockMutex(lock);
	return ok;
}
