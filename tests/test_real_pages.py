"""The published pages (tests/real): gated at their measured scores (a ratchet).

Every score may only get better: a rate may not fall below its measured value, a count of
wrong refusals or acceptances may not rise. When a fix raises a score, raise its entry here
(and write the new measurement into the set's README).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from real_pages import SetScore, score_set

HERE = Path(__file__).parent

#: Measured scores per set. Counts are upper bounds, rates lower bounds.
#: real: first measurement, drafter at main d1710bd; raised after the fixing rounds of branch
#: real9 (issue 9; tests/real/README.md "After the fixes"). Every set's indicator entry raised after
#: the names round (branch fixname; the READMEs' "After the names round"; real3 measured only, its
#: pages never opened on that branch: 0.800 → 0.831).
MEASURED: dict[str, dict[str, float]] = {
    "real": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.987,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside2: a fresh held-aside set, measured once at main 2ef2d66 (its README: 3 refused,
    # region 0.615, years 0.769, P 0.944, R 0.618, indicator 0.718), then used in the third
    # fixing round of issue 9 (branch real9c) and raised to its measured score
    # (0 refused, region/years/kind 1.000, P 0.988, R 0.873, indicator 0.850); the fourth round's
    # general one-cell-a-line table reader (branch fixtab) raised it to P 0.989, R 0.982, ind. 0.867.
    "real_aside2": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.993,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real3: a fresh held-aside set, measured once at main 8b78566 (its README: 2 refused, 1
    # look-alike accepted, region/years/kind 0.833, P 0.973, R 0.832, indicator 0.789), then used
    # in the fourth fixing round of issue 9 and raised to its measured score (names: branch fixname2).
    "real3": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside: held aside while fixing; measured once at main f8732b7 (0.915/0.922/0.746,
    # 2 news pages accepted; its README), then used in the second fixing round of issue 9.
    "real_aside": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.992,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real4: a fresh held-aside set, measured once at main 8b78566 (its README: 1 refused, region
    # 0.778, years/kind 0.889, P 0.971, R 0.647, indicator 0.737), then used in the fifth fixing
    # round of issue 9; tables (fixtab2), reading of the page (fixgenre2) and names (fixname2).
    "real4": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real5: a fresh held-aside set, measured once at main e42043c (its README: 2 refused, region/
    # years/kind 0.750, P 0.952, R 0.426, indicator 0.933), then used in the fifth fixing round of
    # issue 9; reading of the page (branch fixyear5), names and extras (branch fixname3).
    "real5": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.979,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside3: a fresh held-aside set (branch aside3), measured once at main 231d91d, after the fourth
    # fixing round, which never opened it (its README); gated at that first and only unseen score.
    "real_aside3": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside4: a fresh held-aside set (branch aside4), measured once at main 231d91d, after the fourth
    # fixing round, which never opened it (its README); gated at that first and only unseen score.
    "real_aside4": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.99,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside5, real_aside6, real_aside7: fresh held-aside sets written blind during the fifth
    # fixing round (branches of the same names), measured once at main 10a1bc9 after that round, which
    # never opened them (their READMEs); gated at that first, unseen score. The sixth round's held
    # page-reading rules with their figure names (branch fxheld) raised real_aside5/6 (READMEs).
    "real_aside5": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.991,
        "recall": 1.0,
        "indicator": 0.981,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside6": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside7": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside8, real_aside9: fresh held-aside sets written blind at the end of the sixth round
    # (branches of the same names), measured once at main a0366d6 (after every fixer of the session
    # had landed; none opened them); gated at that first, unseen score.
    # real_aside8/9: raised by the ninth figure round (branch fxfig9): dashed periods, restated year
    # plans, counted project classes, crops after 其中, policies by article count, attachment lists.
    "real_aside8": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.6,
        "doc_kind": 1.0,
        "precision": 1.0,  # fxa20: a subheading's figure matched with the line after it
        "recall": 1.0,
        "indicator": 0.958,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside9": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,  # fxcount10
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside10, real_aside11: fresh sets written blind at the start of the eighth round
    # (branches of the same names), measured once at main d3f9083 (none of the seventh round's fixers
    # opened them); gated at that first, unseen score; used for fixing from the eighth round on.
    # real_aside8/11: raised by the tenth round's recall and page reading (branch fxread10): Latin
    # abbreviations before a value, compound units, planned investment, session agendas refused.
    "real_aside10": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,  # fxcount10
        "recall": 1.0,
        "indicator": 1.0,  # fxnames10, fxcount10
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside11": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,  # fxread10, fxcount10
        "recall": 1.0,  # fxread10
        "indicator": 0.993,  # fxnames10, fxread10, fxcount10
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside12 (held aside during round 8) and real_aside14 (new documents of places already in
    # earlier sets), written blind at the start of the eighth round, measured once at main 558eed2
    # after every fixer of that round had landed (none opened them); gated at that first score.
    "real_aside12": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.977,  # fxnames11 merged with fxread11 and fxcount11
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside14": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 0.98,
        "indicator": 0.99,  # fxnames11 merged with fxread11 and fxcount11
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside13 (new places) and real_aside15 (any place, new documents), written blind during the
    # ninth round, measured once at main 1ec69f6 after every fixer of that round had landed (none
    # opened them); gated at that first score.
    "real_aside13": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,  # fxpage12
        "doc_kind": 1.0,  # fxpage12
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside15": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,  # fxpage12
        "years": 1.0,  # fxpage12
        "doc_kind": 1.0,  # fxpage12
        "precision": 0.985,  # fxread12, fxnames12
        "recall": 0.985,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside16 (any place, new documents), written blind during the tenth round, measured once at
    # main fd61e2a after every helper of that round had landed (none opened it); gated at that score.
    "real_aside16": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,  # fxgenfigs: places named in a list (national-2009) are not the page's own
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,  # fxgennames
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside18: measured once at main 9edca00 (its README: 1 look-alike accepted, years/kind
    # 0.833, P 0.973, R 0.982, indicator 0.945), then fixed in the fourteenth round (branch fxa18).
    "real_aside18": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside17: measured once at main 4fae48b (its README: region/kind 0.857, P 0.968, R 0.989,
    # indicator 0.793), then fixed in round 15 (branches fxa17names, fxa17read).
    "real_aside17": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside19: measured once at main 6caabf9 (P 0.936, indicator 0.689), then fixed in round 16
    # (branch fxa19a; the wuchang page is fxa19b's).
    "real_aside19": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside20: raised by the sixteenth round's fxa20 (first run P 0.895, R 0.981, indicator 0.804).
    "real_aside20": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside21/22 raised by fxdread (digest proposals, excerpt at part 一, paywall, task sizes, agenda news).
    "real_aside21": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.833,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside22": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.96,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside23–25: written blind at the start of round 13, measured once at 987afc7 (first run);
    # real_aside23 and real_aside25 then used by fxa2325 (round 13) and raised to their measured scores.
    "real_aside23": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside24": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside25": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside26/27: written blind during round 13, measured once at 806ae2c (first run).
    "real_aside26": {  # fixing round fxa26: both look-alikes refused, precision 1.000, indicator 1.000
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside27": {  # fxa27: doc_kind 0.8, precision 0.951, recall 0.987, indicator 0.731 at first
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.988,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside28/29: written blind during round 13 (districts of large cities), measured once at 9a064f3.
    # real_aside29 raised after its fixing round (branch fxa29): region 1.000, P/R 0.992, indicator 0.992 (123 of 124,
    # 122 of 123: gated at 0.991).
    "real_aside28": {  # fxa28: recall 0.992, indicator 0.883 at first
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside29": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.992,
        "recall": 0.992,
        "indicator": 0.992,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside30/31: written blind during round 13 (counties; central and western capitals), measured once at 7409fb2.
    "real_aside30": {  # fxa30: years/doc kind 0.750, P 0.969, indicator 0.839, kind 0.742 at first; 61 of 62 after
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.984,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside31 raised by fxa31 (title under a site group's chrome, 解读 heading, 绝对值 ranks)
    "real_aside31": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside32/33: written blind at the end of round 13 (counties, central/western and northern), measured once at 54e4262.
    "real_aside32": {  # fxa32: P 0.986, R 0.922, indicator 0.831, qualifier 0.986 at first; 77 of 77 after
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside33": {  # fxa33: changzhi refused, recall 0.735, indicator 0.840 at first; all 34 right after
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside34/35: the round's last sets, kept aside and never used for fixing; measured once at 658c54d.
    # Raised after r14-fxa3435 (round 14's fixer of both: tests/test_figures_r14a.py, tests/test_genre_r14a.py).
    "real_aside34": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.833,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.978,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    "real_aside35": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.958,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside37 (round 14, mid-year reports and reviews): measured once at 81d9b01. Raised after r14-fxa36.
    "real_aside37": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside36 (round 14, older years): measured once at 07e0005 (code of 81d9b01). Raised after r14-fxa36.
    "real_aside36": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside38 (round 14, plans alone and tables): measured once at c7d0200 (code of 81d9b01);
    # raised after r14-fxa38, r14-fxa36 (thousands blanks) and r14-fxa3435 (gaps to the nation, rank moves).
    "real_aside38": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.667,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 0.959,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside39 (round 14, places not yet held): kept aside, never used for fixing; measured once at bad004c.
    "real_aside39": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.983,
        "recall": 1.0,
        "indicator": 0.932,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside40 (round 14, mirrors and reposts): measured once at 0f01529; indicator raised after r14-fxa40.
    "real_aside40": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.971,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside41 (round 14, cities of the east and centre 2016–2021): measured once at 614bdb0
    # (1 refused, region 0.571, P 0.978, R 0.711, indicator 0.879); after r14-fxa41 (places after a
    # preposition, a slogan's 新 + short name, a known city's short name; rank columns; line-broken units;
    # counts of a half-year comparison): 0 refused, region/years/kind 1.000, P 0.992, R 1.000, ind. 0.930.
    "real_aside41": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.992,
        "recall": 1.0,
        "indicator": 0.969,  # r15-fxhyg (name hygiene: 双双 names nothing, so the list's names go on)
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside42 (round 14, provinces themselves): measured once at 6d58faa, after the round's fixers.
    # Raised after r14-fxa4243 (tests/test_genre_r14f.py, tests/test_figures_r14f.py).
    "real_aside42": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.985,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside43 (round 14, counties and districts of the north): measured once at 6d58faa.
    # Raised after r14-fxa4243 (tests/test_figures_r14f.py); after r15-fxa4445 (率先 ends a counted name).
    "real_aside43": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.978,  # r15-fxhyg (name hygiene: an adverb, 率先, ends no name)
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside44 (round 15): measured once at 31c8b7b, first sight. Raised after r15-fxa4445
    # (tests/test_figures_r15a.py, tests/test_genre_r15a.py).
    "real_aside44": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside45 (round 15): measured once at 31c8b7b, first sight. Raised after r15-fxa4445
    # (tests/test_figures_r15a.py).
    "real_aside45": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside46 (round 15): measured once at 31c8b7b, first sight (1 refused, region/years/kind 0.857,
    # P 0.984, R 0.968, indicator 0.820), then fixed in round 15 (branch r15-fxa46).
    "real_aside46": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.968,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside48 (round 15): measured once at 31c8b7b, first sight (1 refused, region/years/kind 0.800,
    # R 0.740, indicator 0.889); raised after its fixing round (branch r15-fxa48; its README "After the fixes").
    "real_aside48": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.959,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside49 (round 15): measured once at 31c8b7b, first sight (region 0.889, P/R 0.897, indicator
    # 0.676, kind 0.971, qualifier 0.981); raised by its fixer (r15-fxa49: closed-cell table, ── dashes,
    # a place given a role, raw HTML in text, a rate held at a value); fxgen9 (round 25): a bound on a
    # count (新增100个以上项目), a closed cell's wrapped 左右 (P 0.975, R 0.991, indicator 0.966).
    "real_aside49": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.983,
        "recall": 1.0,
        "indicator": 0.974,
        "kind": 1.0,
        "qualifier": 0.991,
    },
    # real_aside50 (round 15): measured once at 0c9b655, first sight (P 0.921, R 0.946, indicator 0.971,
    # kind 0.486); raised by branch r15-fxa50's general rules (its README, "After the fixes").
    "real_aside50": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.949,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside51 (round 15): measured once at 0c9b655, first sight (doc kind 0.667, P 0.879, indicator
    # 0.793), then fixed in round 15 (branch r15-fxa51). Years stay 0.0: its pages write no year and drafter
    # asks for --year, as the set expects.
    "real_aside51": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside52 (round 15): measured once at 0c9b655, first sight (0.833 / 0.966 / 0.945 / 0.872); raised by
    # fxa52's general rules (its README, "After fxa52").
    "real_aside52": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.989,
        "recall": 1.0,
        "indicator": 0.989,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside53 (round 15): measured once at 0c9b655, first sight.
    "real_aside53": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside47 (round 15): measured once at 0c9b655, first sight; released from keeping aside and
    # raised by fx18g (round 18).
    "real_aside47": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside54 (round 15): measured once at 6d7b0ab, first sight; raised by fxa5455; qualifier raised by
    # the round 17 audit au1 (a blank before 以上/左右 folded).
    "real_aside54": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.0,
        "doc_kind": 0.5,
        "precision": 0.923,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 0.917,
        "qualifier": 1.0,
    },
    # real_aside55 (round 15): measured once at 6d7b0ab, first sight; raised by fxa5455.
    "real_aside55": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.976,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside57 (round 16): measured once at c526bc5, first sight (indicator 0.940, kind 0.910); fixer
    # fxa5761 (round 16) raised it to indicator 0.985, kind 1.000.
    "real_aside57": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.985,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside59 (round 16): measured once at c526bc5, first sight (refused 1, region 0.75, years 0.25,
    # doc kind 0.25, recall 0.797, indicator 0.863, kind 0.588); raised by fxa5960 (round 16).
    "real_aside59": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.75,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 0.953,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside60 (round 16): measured once at c526bc5, first sight (recall 0.933, indicator 0.786); raised
    # by fxa5960 (round 16).
    "real_aside60": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside61 (round 16): measured once at c526bc5, first sight (1 refused, region/years/kind 0.750,
    # P 0.961, R 0.766, indicator 0.837); fixer fxa5761 (round 16) raised it to 0 refused, 1.000, P 0.985,
    # R 1.000, indicator 1.000.
    "real_aside61": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.985,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside58 (round 16): measured once at c526bc5, first sight; raised by fxa58 (round 16).
    "real_aside58": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.988,
        "recall": 0.976,
        "indicator": 0.97,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside62 (round 16): measured once at ac78087, first sight (1 refused, 1 accepted, region 0.500,
    # years/kind 0.750, R 0.875, indicator 0.857); fixer fxa6264 (round 16) raised it to 0/0, 1.000, R 1.000,
    # indicator 0.975.
    "real_aside62": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.975,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside63 (round 16): measured once at ac78087, first sight (indicator 0.950); fixer fxa6264 (round 16)
    # raised it to indicator 1.000.
    "real_aside63": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside64 (round 16): measured once at ac78087, first sight (years/kind 0.000, P 0.970, indicator
    # 0.875, figure kind 0.000); fixer fxa6264 (round 16) raised it to 1.000 on every measure.
    "real_aside64": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside56 (round 16, kept aside): measured once at 0d04883, first sight; released from keeping aside
    # and raised by fx18g (round 18). Years stay 0.667: the headless page asks for --year (convention 2).
    "real_aside56": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.667,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.975,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside65 (round 16): measured once at 0d04883, first sight; raised by fxa6566.
    "real_aside65": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside66 (round 16): measured once at 0d04883, first sight; raised by fxa6566.
    "real_aside66": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside67 (round 16): measured once at 0d04883, first sight.
    "real_aside67": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside70 (round 17): measured once at d3af752, first sight; raised after fxa70 (round 17).
    "real_aside70": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside71 (round 17): measured once at d3af752, first sight.
    "real_aside71": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside72 (round 17): measured once at d3af752, first sight; raised by fxa72 (round 17).
    "real_aside72": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass1 (round 17, passage set): measured once at d3af752, first sight (0.988 / 0.964 / 0.883); raised by fxp12.
    "real_pass1": {
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass2 (round 17, passage set): measured once at d3af752, first sight (0.989 / 1.0 / 0.809, 0.994 / 0.994);
    # raised by fxp12.
    "real_pass2": {
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.994,
        "kind": 0.994,
        "qualifier": 1.0,
    },
    # real_aside74 (round 17): measured once at d3af752, first sight (1 refused, region/years/kind
    # 0.800/0.600/0.800, P 0.979, ind. 0.830); raised by fxa74 (its README "After fxa74 (round 17)").
    "real_aside74": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.8,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.957,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside75 (round 17, after its first wave): measured once at 816b227, first sight; raised by fxa75, fxa75b.
    "real_aside75": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.970,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass4 (round 17, passage set): measured once at 816b227, first sight (indicator 0.884);
    # raised by fxp45 (round 17).
    "real_pass4": {
        "precision": 0.992,
        "recall": 0.996,
        "indicator": 0.958,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass5 (round 17, passage set): measured once at 816b227, first sight (indicator 0.865);
    # raised by fxp45 (round 17) and fx18a (round 18).
    "real_pass5": {
        "precision": 0.986,
        "recall": 0.979,
        "indicator": 0.909,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass6 (round 17, passage set, after its second wave): measured once at 4d27359, first sight;
    # raised after fxp67 (round 17, third wave).
    "real_pass6": {
        "precision": 0.991,
        "recall": 0.981,
        "indicator": 0.953,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass7 (round 17, passage set, after its second wave): measured once at 4d27359, first sight;
    # raised after fxp67 (round 17, third wave).
    "real_pass7": {
        "precision": 0.995,
        "recall": 0.989,
        "indicator": 0.957,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside68 (round 17, KEPT ASIDE: never opened by a fixer; at its end): measured once at 5e7ced0, first sight.
    "real_aside68": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.833,
        "doc_kind": 0.833,
        "precision": 1.0,
        "recall": 0.99,
        "indicator": 0.979,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside76 (round 17, at its end): measured once at 5e7ced0, first sight; raised by fxa76 (round 17)
    # and fx18a, fx18e (round 18).
    "real_aside76": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 0.987,
        "recall": 0.914,
        "indicator": 0.986,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass3 (round 17, passage set, kept aside until round 18): measured once at 5e7ced0, first sight;
    # raised by fx18a (round 18).
    "real_pass3": {
        "precision": 0.977,
        "recall": 0.994,
        "indicator": 0.952,
        "kind": 0.988,
        "qualifier": 0.988,
    },
    # real_pass8 (round 17, passage set, at its end): measured once at 5e7ced0, first sight; raised by fx18a and fx18e (round 18).
    "real_pass8": {
        "precision": 0.954,
        "recall": 0.965,
        "indicator": 0.952,
        "kind": 0.976,
        "qualifier": 1.0,
    },
    # real_pass9 (round 17, passage set, at its end): measured once at 5e7ced0, first sight; raised by fx18a and fx18e (round 18).
    "real_pass9": {
        "precision": 0.992,
        "recall": 1.0,
        "indicator": 0.929,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside77 (round 18): measured once at ec73126, first sight (indicator 0.982); raised by fx18b and fx18e (round 18).
    "real_aside77": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass10 (round 17, passage set): measured once at 6737c08, first sight (P 0.979 R 0.975 names 0.866
    # qualifier 0.996); raised by fx18b and fx18e (round 18).
    "real_pass10": {
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.987,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside78 (round 18): measured once at 1d56911, first sight (accepted 1, P 0.952, indicator 0.941);
    # after fx18c (round 18).
    "real_aside78": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.833,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.992,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside80 (round 18): measured once at eaea3aa, first sight (P 0.960, names 0.854); after fx18d (round 18).
    "real_aside80": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 1.0,
        "doc_kind": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 1.0,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_aside79 (round 18): measured once at 9c0c192, first sight; raised by fx18f (round 18).
    "real_aside79": {
        "refused_in_family": 0,
        "accepted_out_of_family": 0,
        "region": 1.0,
        "years": 0.889,
        "doc_kind": 0.889,
        "precision": 1.0,
        "recall": 1.0,
        "indicator": 0.972,
        "kind": 1.0,
        "qualifier": 1.0,
    },
    # real_pass11 (round 17, passage set): measured once at 9c0c192, first sight; raised by fx18f (round 18).
    "real_pass11": {
        "precision": 0.983,
        "recall": 0.95,
        "indicator": 0.908,
        "kind": 0.987,
        "qualifier": 0.996,
    },
}
COUNTS = ("refused_in_family", "accepted_out_of_family")

#: The sets are scored in three files so that ``--dist loadfile`` spreads their reading over the
#: workers (one file of every set was the suite's longest): this file scores ``real``, the largest
#: set; tests/test_real_pages_b.py and tests/test_real_pages_c.py every other of the rest, in
#: sorted order. A set added to MEASURED is scored in one of them without more ado.
_REST = sorted(name for name in MEASURED if name != "real")
PARTS: tuple[list[str], ...] = (["real"], _REST[0::2], _REST[1::2])

_scores: dict[str, SetScore] = {}


def scored(name: str) -> SetScore:
    """The set's score, read once: a set's gates run one after another, so only the set at hand
    is kept (a worker holding every read set grows, and the tests after it that fork grow slow)."""
    if name not in _scores:
        _scores.clear()
        _scores[name] = score_set(HERE / name)
    return _scores[name]


def cases(part: int) -> list[tuple[str, str]]:
    """(set, metric) of every gate of the sets of ``PARTS[part]``."""
    return [(name, metric) for name in PARTS[part] for metric in MEASURED[name]]


def check_score(name: str, metric: str) -> None:
    score = scored(name)
    got = score.scores()[metric]
    want = MEASURED[name][metric]
    if metric in COUNTS:
        assert got <= want, f"{name} {metric}: {got} > {want}\n{score.report()}"
    else:
        assert got >= want, f"{name} {metric}: {got:.3f} < {want:.3f}\n{score.report()}"


def test_every_set_is_scored_in_one_part() -> None:
    assert sorted(name for part in PARTS for name in part) == sorted(MEASURED)


@pytest.mark.parametrize(("name", "metric"), cases(0))
def test_set_keeps_its_measured_score(name: str, metric: str) -> None:
    check_score(name, metric)


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_expectations_are_well_formed(name: str) -> None:
    """Every page has its expectation, checked as its writer checked it (tests/real_expected.py:
    fields, vocabularies, every context once in its page and holding the value)."""
    from real_expected import check

    pages = sorted((HERE / name).glob("*.txt"))
    assert pages, f"no pages in {HERE / name}"
    problems = [f"{page.name}: {x}" for page in pages for x in check(page.with_suffix(".expected.json"))]
    assert problems == []
