"""Shared by the coreference tests: parse hand-made text with the real model, build its entities by
hand, and run only the named newsgraph layers, so that each test checks those layers alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsgraph.model import Mention
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.state import Layers, layers

Analyse = Callable[[str, list[tuple[str, ...]]], Layers]


def analyser(extractor: Extractor, pipes: tuple[str, ...]) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after ``pipes``.

    Every whole-word occurrence of a surface form becomes a name mention of that entity.
    """
    nlp = extractor.nlp
    base = [n for n in nlp.pipe_names if n.startswith("newsgraph_")]

    def run(text: str, entities: list[tuple[str, ...]]) -> Layers:
        with nlp.select_pipes(disable=base):
            doc = nlp(text)
        state = layers(doc)
        taken: set[int] = set()
        for type_, *surfaces in entities:
            mentions = []
            for surface in sorted(surfaces, key=len, reverse=True):
                for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
                    if not taken & set(range(m.start(), m.end())):
                        mentions.append(Mention(m.start(), m.end(), surface))
                        taken |= set(range(m.start(), m.end()))
            state.add_entity(surfaces[0], type_, mentions)
        for pipe in pipes:
            nlp.get_pipe(pipe)(doc)
        return state

    return run


def refs(state: Layers, name: str) -> list[str]:
    """The pronoun mentions of the entity called ``name``, in text order."""
    entity = next(e for e in state.entities if e.name == name)
    return [m.text for m in sorted(entity.mentions, key=lambda m: m.start) if m.kind == "pronoun"]
