/* Fuzz target: the contacts registry parser. Seeds: assets/contacts.txt.
 * Checks: every contact kept is complete (an id found again by
 * contacts_find, a name, a source, a checked date, a phone, an address or
 * a web address), its phone numbers are digits and spaces with at most a
 * leading '+', all its text is valid UTF-8 on one line, and every problem
 * names the file and a line of it. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../src/content/contacts.h"
#include "../../src/content/kvfile.h"
#include "../../src/util/log.h"
#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* NULL, or valid UTF-8 on one line. */
static void check_text(const char *s)
{
	if (s) {
		FUZZ_CHECK(kv_valid_utf8(s, strlen(s)));
		FUZZ_CHECK(!strchr(s, '\n'));
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	diag_list d = {0};
	contact_list c;
	int lines = fuzz_line_count(data, size);

	log_set_level(LOG_LEVEL_NONE);
	FUZZ_CHECK(contacts_parse("fuzz.txt", (const char *)data, size, &c, &d));
	for (size_t i = 0; i < c.count; i++) {
		const contact *k = &c.items[i];
		const char *fields[] = {k->id,    k->name,    k->hours,  k->address, k->web,
		                        k->email, k->checked, k->source, k->verify};

		FUZZ_CHECK(k->id && contacts_find(&c, k->id) == k);
		FUZZ_CHECK(k->name && k->source && k->checked && strlen(k->checked) == 10);
		FUZZ_CHECK(k->phone_count > 0 || k->address || k->web);
		FUZZ_CHECK(k->phone_count >= 0 && k->phone_count <= CONTACT_MAX_PHONES);
		FUZZ_CHECK(k->line >= 1 && k->line <= lines);
		for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
			check_text(fields[f]);
		for (int p = 0; p < k->phone_count; p++) {
			const char *n = k->phones[p].number;

			FUZZ_CHECK(n && strspn(n + (n[0] == '+'), "0123456789 ") ==
			                    strlen(n + (n[0] == '+')));
			check_text(k->phones[p].label);
		}
	}
	fuzz_check_diags(&d, "fuzz.txt", lines);
	contacts_free(&c);
	diag_clear(&d);
	return 0;
}
