/* Recordings by native speakers, which the kiosk plays instead of its
 * synthetic voice (and where it has none: Sorani, Somali, Tigrinya).
 *
 *   assets/audio/<lang>/<block-id>.ogg   Ogg Vorbis, any rate, mono or stereo
 *   assets/audio/<lang>/<block-id>.txt   the text it is a recording of:
 *       english: <the English source of the block>
 *       text: <the translation as it was read>
 *
 * A block id is stable ("guide.legevakt.paragraph.3f9a01c2": its msgctxt
 * and a hash of its English text), so a changed English text needs a new
 * recording; a changed translation makes the old one stale. A stale,
 * missing or unreadable recording is never played: the voice reads it. */
#ifndef MIRA_SPEECH_RECORDING_H
#define MIRA_SPEECH_RECORDING_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
	RECORDING_NONE,       /* no file for this block */
	RECORDING_OK,         /* present, and its text is the block's text */
	RECORDING_STALE,      /* its text is no longer the block's text */
	RECORDING_UNREADABLE, /* no text file beside it, or it cannot be decoded */
} recording_status;

/* The id of the block with this msgctxt and English text. */
void recording_block_id(const char *ctx, const char *english, char *buf, size_t size);

/* Looks for the recording of block id in dir/lang: path gets the .ogg
 * file's path and why (for staff) what is wrong with it. english and text
 * are the block's texts now. decode also decodes the file to prove it
 * plays (make audio-check); the kiosk decodes when it plays. */
recording_status recording_find(const char *dir, const char *lang, const char *id,
                                const char *english, const char *text, bool decode, char *path,
                                size_t path_size, char *why, size_t why_size);

/* Receives mono 16-bit samples at the rate asked for; false stops. */
typedef bool (*recording_sink)(const short *samples, int count, void *ctx);

/* Decodes path (libvorbisfile) to mono at rate into sink; false with why
 * when the file cannot be decoded (or sink stopped it: *stopped). */
bool recording_decode(const char *path, int rate, recording_sink sink, void *ctx, bool *stopped,
                      char *why, size_t why_size);

#endif
