"""Standalone check of this set's expected files (no drafter import).

Checks fields and vocabularies, and that each context occurs exactly once in its page and holds
its value. Run: python tests/real_aside3/check_expected.py
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {'url', 'family', 'doc_kind', 'region', 'year', 'plan_year', 'note', 'figures'}
DOC_KINDS = {'report', 'execution', 'plan', 'review', 'excerpt', None}
KINDS = {'outcome', 'target', 'baseline'}
QUALIFIERS = {'exact', 'about', 'at_least', 'at_most'}
FIG_KEYS = {'value', 'unit', 'indicator', 'kind', 'qualifier', 'context'}


def check(path):
    problems = []
    expected = json.load(open(path, encoding='utf-8'))
    text = open(path.replace('.expected.json', '.txt'), encoding='utf-8').read()
    if set(expected) != KEYS:
        problems.append('keys %s' % sorted(set(expected) ^ KEYS))
    if expected['doc_kind'] not in DOC_KINDS:
        problems.append('doc_kind %r' % expected['doc_kind'])
    if expected['family'] != (expected['doc_kind'] is not None):
        problems.append('family and doc_kind disagree')
    if expected['year'] is not None and expected['plan_year'] != expected['year'] + 1:
        problems.append('plan_year is not year + 1')
    for figure in expected['figures']:
        if set(figure) != FIG_KEYS:
            problems.append('figure keys %s' % sorted(set(figure) ^ FIG_KEYS))
            continue
        if figure['kind'] not in KINDS or figure['qualifier'] not in QUALIFIERS:
            problems.append('kind/qualifier %r' % figure)
        count = text.count(figure['context'])
        if count != 1:
            problems.append('context found %d times: %s' % (count, figure['context']))
        if figure['value'] is not None and figure['value'] not in figure['context']:
            problems.append('value %s not in context %s' % (figure['value'], figure['context']))
    return problems


def main():
    bad = 0
    for path in sorted(glob.glob(os.path.join(HERE, '*.expected.json'))):
        for problem in check(path):
            bad += 1
            print(os.path.basename(path), problem)
    print('problems:', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
