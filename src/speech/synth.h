/* The kiosk's synthetic voice: espeak-ng, in memory, one utterance at a
 * time. espeak-ng keeps global state, so every call here is serialised;
 * the narrator calls it from its own thread, never the render thread. */
#ifndef MIRA_SPEECH_SYNTH_H
#define MIRA_SPEECH_SYNTH_H

#include <stdbool.h>
#include <stdio.h>

/* Receives count mono 16-bit samples at synth_rate(); returns false to
 * stop: the sink gets no more of this utterance. */
typedef bool (*synth_sink)(const short *samples, int count, void *ctx);

/* The espeak-ng voice for a kiosk language, or NULL when espeak-ng has
 * none: Sorani, Somali and Tigrinya (its "ku" is Kurmanji and its "am"
 * Amharic, neither of which may read them). */
const char *synth_voice(const char *lang);

/* Loads espeak-ng's data once; false (with a log line) if it cannot. */
bool synth_init(void);
int synth_rate(void);

/* Speaks one SSML document with voice; true when it ran to its end. */
bool synth_speak(const char *voice, const char *ssml, synth_sink sink, void *ctx);

/* Writes espeak-ng's phonemes for the SSML document to trace, as
 * `espeak-ng -x -q` prints them, and makes no sound: for tests. */
bool synth_phonemes(const char *voice, const char *ssml, FILE *trace);

#endif
