"""The vCard a contact's QR card must hold, made here from the registry
(assets/contacts.txt) and the compiled catalogs with Python's own gettext,
not from the kiosk's code (RFC 2426: CRLF lines, \\ , ; escaped).

    expected_vcard.py LOCALE_DIR LANG ID        the whole card
    expected_vcard.py LOCALE_DIR LANG ID --tel  the number alone (tel:)
    expected_vcard.py --ids                     every contact id
"""
import gettext
import sys


def contacts():
    out, cur = {}, None
    for line in open("assets/contacts.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("[") and line.endswith("]"):
            cur = {"id": line[1:-1], "phones": []}
            out[cur["id"]] = cur
        elif cur is not None and ": " in line and not line.startswith("#"):
            key, value = line.split(": ", 1)
            if key == "phone":
                cur["phones"].append(value.split("|")[0].strip())
            else:
                cur[key] = value.strip()
    return out


def esc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def catalog(locale, lang):
    if lang == "en":
        return gettext.NullTranslations()
    with open(f"{locale}/{lang}/LC_MESSAGES/mira.mo", "rb") as f:
        return gettext.GNUTranslations(f)


def vcard(locale, lang, c):
    t, nb = catalog(locale, lang), catalog(locale, "nb")
    name = t.pgettext(f"contact/{c['id']}/name", c["name"])
    name_nb = nb.pgettext(f"contact/{c['id']}/name", c["name"])
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines.append("FN:" + (esc(name) if name == name_nb else esc(name) + " / " + esc(name_nb)))
    lines.append("ORG:" + esc(name_nb))
    lines += ["TEL;TYPE=VOICE:" + esc(p) for p in c["phones"]]
    if "address" in c:
        lines.append("ADR;TYPE=WORK:;;" + esc(c["address"]) + ";;;;")
    if "web" in c:
        lines.append("URL:" + ("" if "://" in c["web"] else "https://") + esc(c["web"]))
    if "email" in c:
        lines.append("EMAIL:" + esc(c["email"]))
    if "hours" in c:
        lines.append("NOTE:" + esc(t.pgettext(f"contact/{c['id']}/hours", c["hours"])))
    lines.append("END:VCARD")
    return "".join(l + "\r\n" for l in lines)


def main():
    all_contacts = contacts()
    if sys.argv[1:] == ["--ids"]:
        print("\n".join(all_contacts))
        return
    locale, lang, cid = sys.argv[1:4]
    c = all_contacts[cid]
    if "--tel" in sys.argv:
        sys.stdout.write("tel:" + "".join(ch for ch in c["phones"][0] if ch.isdigit() or ch == "+"))
    else:
        sys.stdout.write(vcard(locale, lang, c))


if __name__ == "__main__":
    main()
