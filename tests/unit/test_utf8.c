/* UTF-8 decoding: invalid input becomes U+FFFD by maximal subparts (Unicode
 * chapter 3, "U+FFFD Substitution of Maximal Subparts"), never a crash. */
#include <stdio.h>
#include <string.h>

#include "../../src/text/utf8.h"

static int failures;

static void expect(const char *name, const char *in, size_t len, const uint32_t *want, size_t n)
{
	uint32_t out[64];
	size_t got = utf8_decode(in, len, out, NULL);

	if (got != n || memcmp(out, want, n * sizeof *want) != 0) {
		printf("FAIL %s: got %zu code points:", name, got);
		for (size_t i = 0; i < got; i++)
			printf(" U+%04X", out[i]);
		printf("\n");
		failures++;
	}
}

#define EXPECT(name, str, ...)                                                                     \
	do {                                                                                       \
		const uint32_t w[] = {__VA_ARGS__};                                                \
		expect(name, str, sizeof(str) - 1, w, sizeof w / sizeof w[0]);                     \
	} while (0)

int main(void)
{
	char buf[4];
	uint32_t one;

	EXPECT("ascii", "ab", 'a', 'b');
	EXPECT("arabic", "\xd8\xb9", 0x639);
	EXPECT("ethiopic", "\xe1\x8d\xa1", 0x1361);
	EXPECT("emoji", "\xf0\x9f\x87\xb3", 0x1F1F3);
	EXPECT("lone continuation",
	       "\x80"
	       "a",
	       0xFFFD, 'a');
	EXPECT("truncated 3-byte",
	       "\xe1\x8d"
	       "a",
	       0xFFFD, 'a');
	EXPECT("truncated at end", "a\xf0\x9f\x87", 'a', 0xFFFD);
	EXPECT("overlong", "\xc0\xaf", 0xFFFD, 0xFFFD);
	EXPECT("surrogate", "\xed\xa0\x80", 0xFFFD, 0xFFFD, 0xFFFD);
	EXPECT("above U+10FFFF", "\xf4\x90\x80\x80", 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD);
	EXPECT("invalid lead", "\xff\xfe", 0xFFFD, 0xFFFD);
	/* The example from the Unicode standard, Table 3-8. */
	EXPECT("table 3-8", "\x61\xf1\x80\x80\xe1\x80\xc2\x62\x80\x63\x80\xbf\x64", 'a', 0xFFFD,
	       0xFFFD, 0xFFFD, 'b', 0xFFFD, 'c', 0xFFFD, 0xFFFD, 'd');
	for (uint32_t cp = 0; cp <= 0x10FFFF; cp += 0x3F) {
		int n;

		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		n = utf8_encode(cp, buf);
		if (utf8_decode(buf, (size_t)n, &one, NULL) != 1 || one != cp) {
			printf("FAIL round trip U+%04X\n", cp);
			failures++;
			break;
		}
	}
	printf("utf8: %d failures\n", failures);
	return failures != 0;
}
