/* Writes mono 16-bit PCM as a WAV file: what --speak hears, for tests. */
#ifndef MIRA_UTIL_WAV_H
#define MIRA_UTIL_WAV_H

#include <stdbool.h>
#include <stddef.h>

bool wav_save(const char *path, const short *samples, size_t count, int rate);

#endif
