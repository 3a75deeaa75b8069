#include "recording.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>
#include <vorbis/vorbisfile.h>

#include "../util/paths.h"

void recording_block_id(const char *ctx, const char *english, char *buf, size_t size)
{
	/* FNV-1a: short, stable across builds and machines. */
	unsigned hash = 2166136261u;
	size_t n = 0;

	for (const unsigned char *p = (const unsigned char *)english; *p; p++)
		hash = (hash ^ *p) * 16777619u;
	for (const char *c = ctx; *c && n + 10 < size; c++)
		buf[n++] = *c == '/' ? '.' : *c;
	snprintf(buf + n, size - n, ".%08x", hash);
}

/* The value of "key: " in the text file, up to the line's end (a new
 * string), or NULL. */
static char *field(const char *data, const char *key)
{
	size_t k = strlen(key);

	for (const char *line = data; line && *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);

		if (len > k + 1 && strncmp(line, key, k) == 0 && line[k] == ':') {
			const char *v = line + k + 1;

			while (*v == ' ')
				v++;
			len -= (size_t)(v - line);
			while (len && (v[len - 1] == '\r' || v[len - 1] == ' '))
				len--;
			return strndup(v, len);
		}
		line = end ? end + 1 : NULL;
	}
	return NULL;
}

static bool discard(const short *s, int n, void *ctx)
{
	(void)s;
	(void)n;
	(void)ctx;
	return true;
}

recording_status recording_find(const char *dir, const char *lang, const char *id,
                                const char *english, const char *text, bool decode, char *path,
                                size_t path_size, char *why, size_t why_size)
{
	char txt[4096];
	struct stat st;
	char *data, *rec_english, *rec_text;
	size_t len;
	recording_status status = RECORDING_OK;

	why[0] = '\0';
	snprintf(path, path_size, "%s/%s/%s.ogg", dir, lang, id);
	snprintf(txt, sizeof txt, "%s/%s/%s.txt", dir, lang, id);
	if (stat(path, &st) != 0)
		return RECORDING_NONE;
	data = paths_read_file(txt, &len);
	if (!data) {
		snprintf(why, why_size, "no %s.txt beside it with the text it is a recording of",
		         id);
		return RECORDING_UNREADABLE;
	}
	rec_english = field(data, "english");
	rec_text = field(data, "text");
	if (!rec_english || !rec_text) {
		snprintf(why, why_size, "%s.txt needs an 'english:' and a 'text:' line", id);
		status = RECORDING_UNREADABLE;
	} else if (strcmp(rec_english, english) != 0) {
		snprintf(why, why_size, "the English text changed since it was recorded");
		status = RECORDING_STALE;
	} else if (strcmp(rec_text, text) != 0) {
		snprintf(why, why_size, "the translation changed since it was recorded");
		status = RECORDING_STALE;
	}
	free(rec_english);
	free(rec_text);
	free(data);
	if (status == RECORDING_OK && decode) {
		bool stopped;

		if (!recording_decode(path, 22050, discard, NULL, &stopped, why, why_size))
			status = RECORDING_UNREADABLE;
	}
	return status;
}

bool recording_decode(const char *path, int rate, recording_sink sink, void *ctx, bool *stopped,
                      char *why, size_t why_size)
{
	OggVorbis_File vf;
	vorbis_info *info;
	SDL_AudioStream *stream;
	char pcm[8192];
	short out[4096];
	bool ok = true;
	int err, section;

	*stopped = false;
	err = ov_fopen(path, &vf);
	if (err != 0) {
		snprintf(why, why_size,
		         "not an Ogg Vorbis file, or damaged (libvorbisfile error %d)", err);
		return false;
	}
	info = ov_info(&vf, -1);
	if (!info || info->channels < 1 || info->channels > 2) {
		snprintf(why, why_size, "must be mono or stereo");
		ov_clear(&vf);
		return false;
	}
	/* SDL converts the rate and mixes stereo down for the voice's output. */
	stream = SDL_NewAudioStream(AUDIO_S16SYS, (Uint8)info->channels, (int)info->rate,
	                            AUDIO_S16SYS, 1, rate);
	if (!stream) {
		snprintf(why, why_size, "cannot convert its rate %ld Hz", info->rate);
		ov_clear(&vf);
		return false;
	}
	for (;;) {
		long n =
		    ov_read(&vf, pcm, sizeof pcm, SDL_BYTEORDER == SDL_BIG_ENDIAN, 2, 1, &section);
		int got;

		if (n == 0)
			SDL_AudioStreamFlush(stream);
		else if (n < 0) {
			snprintf(why, why_size, "damaged at %.1f s (libvorbisfile error %ld)",
			         ov_time_tell(&vf), n);
			ok = false;
			break;
		} else if (SDL_AudioStreamPut(stream, pcm, (int)n) != 0) {
			ok = false;
			break;
		}
		while ((got = SDL_AudioStreamGet(stream, out, sizeof out)) > 0)
			if (!sink(out, got / 2, ctx)) {
				*stopped = true;
				break;
			}
		if (n == 0 || *stopped)
			break;
	}
	SDL_FreeAudioStream(stream);
	ov_clear(&vf);
	return ok && !*stopped;
}
