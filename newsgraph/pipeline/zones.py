"""spaCy memory zones turned every few batches, one per Language, whoever uses it.

A long run teaches a vocabulary every new word it meets, so its memory grows without end;
spaCy's memory zones forget the words learnt inside them. Closing a zone after every batch would
rebuild the lexemes of the common words each time, so a zone is kept open for several batches
and turned (closed, and a new one opened) between two batches, when no Doc of that Language is
alive: newsgraph's records hold plain strings, and a batch's Docs are gone before its records are
handed out.

Zones on one Language must never interleave, and several pipelines may share one Language (the
news NER model is loaded once per process), so the zone belongs to the Language, not to its user,
and a lock keeps each batch whole.
"""

from __future__ import annotations

import threading
from contextlib import ExitStack
from weakref import WeakKeyDictionary

from spacy.language import Language


class RotatingZone:
    """The memory zone of one Language; hold ``lock`` while a batch runs, call ``turn`` first."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lock = threading.RLock()
        self._stack = ExitStack()
        self._batches = 0

    def turn(self, every: int) -> None:
        """Count one more batch; after ``every`` batches, forget the words learnt and start anew.

        Call it holding ``lock``, before the batch makes any Doc.
        """
        if self._batches >= every:
            self._stack.close()
            self._batches = 0
        if self._batches == 0:
            self._stack.enter_context(self.nlp.memory_zone())
        self._batches += 1


_ZONES: WeakKeyDictionary[Language, RotatingZone] = WeakKeyDictionary()
_REGISTRY_LOCK = threading.Lock()


def zone_of(nlp: Language) -> RotatingZone:
    """The one rotating zone of ``nlp``, made on first use."""
    with _REGISTRY_LOCK:
        zone = _ZONES.get(nlp)
        if zone is None:
            zone = _ZONES[nlp] = RotatingZone(nlp)
        return zone
