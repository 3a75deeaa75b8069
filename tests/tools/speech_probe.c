/* What the kiosk feeds espeak-ng, for tests/speech/test_voice.sh:
 *   speech-probe ssml LANG TEXT       the SSML document for TEXT in LANG
 *   speech-probe phonemes LANG TEXT   espeak-ng's phonemes for that document,
 *                                     as `espeak-ng -v LANG -x -q` prints them
 * Phone numbers come from assets/contacts.txt and the Norwegian names from
 * assets/audio/norwegian-names.txt (run from the project root). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/content/contacts.h"
#include "../../src/speech/setup.h"
#include "../../src/speech/synth.h"

int main(int argc, char **argv)
{
	contact_list contacts = {0};
	diag_list diags = {0};
	narrator *n;
	char *ssml;
	int status = 1;

	if (argc != 4 || (strcmp(argv[1], "ssml") && strcmp(argv[1], "phonemes"))) {
		fprintf(stderr, "usage: speech-probe ssml|phonemes LANG TEXT\n");
		return 2;
	}
	contacts_load("assets/contacts.txt", &contacts, &diags);
	n = speech_setup(".", &contacts, 100, false);
	/* The words for ranges and § as the English catalog has them. */
	ssml = n ? narrator_ssml(n, argv[3], argv[2], "to", "section") : NULL;
	if (ssml && strcmp(argv[1], "ssml") == 0) {
		puts(ssml);
		status = 0;
	} else if (ssml && synth_voice(argv[2])) {
		status = synth_phonemes(synth_voice(argv[2]), ssml, stdout) ? 0 : 1;
	} else if (ssml) {
		fprintf(stderr, "speech-probe: espeak-ng has no voice for %s\n", argv[2]);
	}
	fflush(stdout);
	free(ssml);
	narrator_destroy(n);
	contacts_free(&contacts);
	diag_clear(&diags);
	return status;
}
