#include "setup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/paths.h"

narrator *speech_setup(const char *data_dir, const contact_list *contacts, int volume, bool device)
{
	char path[4200], audio[4200];
	const char **phones = NULL, **names = NULL;
	char(*digits)[32] = NULL;
	size_t phone_count = 0, name_count = 0, len = 0;
	char *list;
	narrator *n;

	/* Every phone number of the registry, digits only. */
	for (size_t i = 0; i < contacts->count; i++)
		phone_count += (size_t)contacts->items[i].phone_count;
	digits = calloc(phone_count ? phone_count : 1, sizeof *digits);
	phones = calloc(phone_count ? phone_count : 1, sizeof *phones);
	phone_count = 0;
	for (size_t i = 0; digits && phones && i < contacts->count; i++)
		for (int p = 0; p < contacts->items[i].phone_count; p++) {
			const char *s = contacts->items[i].phones[p].number;
			size_t k = 0;

			for (; *s && k < sizeof digits[0] - 1; s++)
				if (*s >= '0' && *s <= '9')
					digits[phone_count][k++] = *s;
			phones[phone_count] = digits[phone_count];
			phone_count++;
		}
	/* One name a line; '#' starts a comment. */
	snprintf(path, sizeof path, "%s/assets/audio/norwegian-names.txt", data_dir);
	list = paths_read_file(path, &len);
	if (list) {
		names = calloc(len / 2 + 1, sizeof *names);
		for (char *line = strtok(list, "\n"); names && line; line = strtok(NULL, "\n")) {
			size_t n = strlen(line);

			while (n && (line[n - 1] == ' ' || line[n - 1] == '\r'))
				line[--n] = '\0';
			if (n && line[0] != '#')
				names[name_count++] = line;
		}
	}
	snprintf(audio, sizeof audio, "%s/assets/audio", data_dir);
	n = narrator_create(
	    &(narrator_config){audio, volume, device, phones, phone_count, names, name_count});
	free(names);
	free(list);
	free(phones);
	free(digits);
	return n;
}
