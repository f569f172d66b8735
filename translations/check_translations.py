#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
r"""Check Qt Linguist .ts files: every message translated, placeholders kept.

Usage: python3 translations/check_translations.py [--lupdate LUPDATE SOURCES] translations/*.ts

unfold_en.ts is English's own plural forms only ("%n session(s)" as "1 session", "2 sessions"),
kept up to date with lupdate -pluralonly.

With --lupdate, the files are first brought up to date with the sources in a scratch copy (the
committed files are left alone): lupdate adds every string the code has but the file lacks as
unfinished, so a new tr() string without its translations fails the check instead of quietly
showing in English.

For each message (obsolete and vanished ones are skipped) this checks that
- it is not marked unfinished and its translation is not empty;
- numerus messages have the number of forms the language needs, none empty;
- every translation (each numerus form) has the same multiset of placeholders
  as the source: %1..%99, %n / %Ln, and QProgressBar's %v %m %p;
- keyboard mnemonics are kept: as many single '&' (not '&&', not '& ') as the source;
- HTML tags (<b>, <h3>, <p>, ...) are the same multiset as in the source.
Differences in line breaks or leading/trailing spaces are reported as warnings, and so are
sources with unassigned code points (lupdate reads "\u2013100" in C++ as U+3100, not as
U+2013 followed by "100", so such a message never matches at run time: fix the C++ string).

Exits 0 when every file is clean, 1 when there are problems, 2 on unreadable files.
"""
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt counts them (numerusform elements).
NUMERUS_FORMS = {
    'ja': 1, 'ko': 1, 'zh': 1, 'vi': 1, 'th': 1, 'id': 1, 'tr': 2,
    'de': 2, 'en': 2, 'nl': 2, 'sv': 2, 'da': 2, 'nb': 2, 'nn': 2, 'fi': 2,
    'es': 2, 'it': 2, 'pt': 2, 'fr': 2, 'el': 2, 'hu': 2,
    'ru': 3, 'uk': 3, 'pl': 3, 'cs': 3, 'sk': 3, 'hr': 3, 'sr': 3, 'lt': 3, 'lv': 3, 'ro': 3,
    'sl': 4, 'ga': 5, 'ar': 6,
}

PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)|%[vmp]')
TAG = re.compile(r'</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>')


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def mnemonics(text):
    count = 0
    i = 0
    while i < len(text):
        if text[i] == '&':
            if i + 1 < len(text) and text[i + 1] == '&':
                i += 2
                continue
            if i + 1 < len(text) and not text[i + 1].isspace():
                count += 1
        i += 1
    return count


def tags(text):
    return collections.Counter(re.sub(r'\s+', ' ', t.lower()) for t in TAG.findall(text))


def describe(counter):
    return ' '.join(sorted(counter.elements())) or 'none'


def compare(source, translation, where, problems, warnings):
    if not translation.strip():
        problems.append(f'{where}: empty translation')
        return
    if placeholders(source) != placeholders(translation):
        problems.append(f'{where}: placeholders {describe(placeholders(translation))} '
                        f'instead of {describe(placeholders(source))}')
    if mnemonics(source) != mnemonics(translation):
        problems.append(f"{where}: {mnemonics(translation)} '&' mnemonic(s) instead of {mnemonics(source)}")
    if tags(source) != tags(translation):
        problems.append(f'{where}: HTML tags {describe(tags(translation))} instead of {describe(tags(source))}')
    if source.count('\n') != translation.count('\n'):
        warnings.append(f'{where}: {translation.count(chr(10))} line break(s) instead of {source.count(chr(10))}')
    if (source[:1].isspace(), source[-1:].isspace()) != (translation[:1].isspace(), translation[-1:].isspace()):
        warnings.append(f'{where}: leading/trailing space differs from the source')


def check_file(path, shown=None):
    problems, warnings = [], []
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        print(f'{path}: cannot be read: {error}')
        return None
    language = (root.get('language') or '').replace('-', '_').split('_')[0].lower()
    forms = NUMERUS_FORMS.get(language)
    total = unfinished = 0
    for context in root.iter('context'):
        name = context.findtext('name') or '?'
        for message in context.iter('message'):
            source = message.findtext('source') or ''
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else None
            if kind in ('obsolete', 'vanished'):
                continue
            total += 1
            where = f'{shown or path}: [{name}] {source!r}'
            if any(unicodedata.category(c) == 'Cn' for c in source):
                warnings.append(f'{where}: the source has an unassigned code point; lupdate probably misread '
                                f'a \\u escape followed by a hex digit, so this translation is never used')
            if translation is None:
                problems.append(f'{where}: no <translation> element')
                unfinished += 1
                continue
            if kind == 'unfinished':
                unfinished += 1
                problems.append(f'{where}: unfinished')
                continue
            if message.get('numerus') == 'yes':
                texts = [form.text or '' for form in translation.findall('numerusform')]
                if not texts:
                    problems.append(f'{where}: numerus message without <numerusform>')
                    continue
                if forms is not None and len(texts) != forms:
                    problems.append(f'{where}: {len(texts)} plural form(s), language {language!r} needs {forms}')
                for index, text in enumerate(texts):
                    compare(source, text, f'{where} form {index + 1}', problems, warnings)
            else:
                compare(source, translation.text or '', where, problems, warnings)
    for line in warnings:
        print('warning: ' + line)
    for line in problems:
        print('problem: ' + line)
    print(f'{shown or path}: {total} messages, {total - unfinished} translated, {unfinished} unfinished, '
          f'{len(problems)} problem(s), {len(warnings)} warning(s)')
    return not problems


def updated_copies(lupdate, sources, paths, scratch):
    """Copies of `paths` in `scratch`, updated from `sources` as the build's lupdate would."""
    copies = []
    for path in paths:
        copy = os.path.join(scratch, os.path.basename(path))
        shutil.copyfile(path, copy)
        copies.append(copy)
    # The options of qt_add_translations in translations/CMakeLists.txt. English is the source
    # language: its file holds only the plural forms (-pluralonly), "1 session", "2 sessions".
    english = [c for c in copies if c.endswith('_en.ts')]
    others = [c for c in copies if c not in english]
    for files, extra in ((others, []), (english, ['-pluralonly'])):
        if not files:
            continue
        command = [lupdate, '-silent', '-no-obsolete', '-locations', 'none', '-extensions', 'cpp,h', *extra,
                   sources, '-ts', *files]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            print(f'lupdate failed ({result.returncode}): {result.stderr.strip()}')
            return None
    return copies


def main(argv):
    args = argv[1:]
    lupdate = sources = None
    if args[:1] == ['--lupdate']:
        if len(args) < 3:
            print(__doc__.strip())
            return 2
        lupdate, sources, args = args[1], args[2], args[3:]
    if not args:
        print(__doc__.strip())
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        paths = args
        if lupdate:
            paths = updated_copies(lupdate, sources, args, scratch)
            if paths is None:
                return 2
        # Problems are reported under the committed file's name, which is where to fix them.
        results = [check_file(path, shown) for path, shown in zip(paths, args)]
    if any(result is None for result in results):
        return 2
    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
