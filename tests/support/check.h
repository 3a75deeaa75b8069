/* CHECK(cond, fmt, ...): a failed check is printed with its line and
 * counted in the test's own `failures`. */
#ifndef MIRA_TEST_CHECK_H
#define MIRA_TEST_CHECK_H

#include <stdio.h>

#define CHECK(cond, ...)                                                                           \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			printf("FAIL line %d: ", __LINE__);                                        \
			printf(__VA_ARGS__);                                                       \
			printf("\n");                                                              \
			failures++;                                                                \
		}                                                                                  \
	} while (0)

#endif
