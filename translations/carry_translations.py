#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
r"""Carry translations over when a string moves to another class (a new tr() context).

Usage: python3 translations/carry_translations.py translations/*.ts

Run it after `lupdate` (without -no-obsolete, so the moved strings are still in the file as
vanished or obsolete), then run lupdate again with -no-obsolete. Every unfinished message whose
source text (and disambiguation) has a finished translation elsewhere in the same file gets that
translation, still marked unfinished only when two contexts translated it differently. A
translator's work is kept, and nothing is guessed: a string never translated stays unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '',
            message.get('numerus') == 'yes')


def carry(path):
    tree = ET.parse(path)
    known = {}
    for message in tree.iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') == 'unfinished':
            continue
        forms = [f.text or '' for f in translation.findall('numerusform')] or [translation.text or '']
        if all(forms):
            known.setdefault(key(message), set()).add(tuple(forms))
    carried = 0
    for message in tree.iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        found = known.get(key(message))
        if not found or len(found) != 1:
            continue
        forms = next(iter(found))
        if message.get('numerus') == 'yes':
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            translation.text = forms[0]
        del translation.attrib['type']
        carried += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print(f'{path}: {carried} carried over')


if __name__ == '__main__':
    for ts in sys.argv[1:]:
        carry(ts)
