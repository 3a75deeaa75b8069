/* UTF-8 decoding for the text engine: bytes in, code points out, never a crash. */
#ifndef MIRA_TEXT_UTF8_H
#define MIRA_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes len bytes of s into out (room for at least len code points).
 * Invalid or truncated sequences, overlongs, surrogates and values above
 * U+10FFFF each become one U+FFFD (maximal subpart, as Unicode recommends).
 * If offsets is not NULL, offsets[i] receives the byte offset of out[i].
 * Returns the number of code points written. */
size_t utf8_decode(const char *s, size_t len, uint32_t *out, size_t *offsets);

/* Encodes cp into buf (4 bytes at least); returns the number of bytes. */
int utf8_encode(uint32_t cp, char *buf);

#endif
