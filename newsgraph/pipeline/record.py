"""Turn a processed ``Doc`` into a ``Record`` and check that every span is grounded."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.errors import ExtractionError
from newsgraph.model import Article, Record
from newsgraph.pipeline.state import layers


def doc_to_record(doc: Doc, article: Article) -> Record:
    """Collect the facts the layers left on ``doc`` into a Record for ``article``."""
    state = layers(doc)
    by_start = lambda item: (item.start, item.end)  # noqa: E731
    entities = [e for e in state.entities if e.mentions]
    for entity in entities:
        entity.mentions.sort(key=by_start)
    record = Record(
        article=article,
        entities=sorted(entities, key=lambda e: (e.mentions[0].start, e.id)),
        times=sorted(state.times, key=by_start),
        quotes=sorted(state.quotes, key=by_start),
        quantities=sorted(state.quantities, key=by_start),
        identifiers=sorted(state.identifiers, key=by_start),
        events=sorted(state.events, key=lambda e: (e.trigger.start, e.id)),
    )
    check_grounding(record)
    return record


def check_grounding(record: Record) -> None:
    """Raise ExtractionError if any span's text is not ``article.text[start:end]``."""
    text = record.article.text
    for what, start, end, span_text in record.spans():
        if not (0 <= start < end <= len(text)) or text[start:end] != span_text:
            raise ExtractionError(
                f"article {record.article.id}: {what} span [{start}, {end}) {span_text!r} "
                f"does not match the text {text[start:end]!r}. Tip: this is a bug in newsgraph; please report it."
            )
