"""One HTML renderer for a record: the article text with every extraction highlighted and listed.

Used by ``newsgraph extract --format html`` (a self-contained page) and by the web pages.
All article text is escaped; highlights are plain ``<mark>`` elements with a ``title`` (details
on hover, readable without JavaScript) and per-layer toggles made of CSS-only checkboxes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from importlib.resources import files

from newsgraph.model import Record

LAYERS = ("entity", "role", "time", "quote", "cue", "quantity", "identifier", "event")

Annotation = tuple[int, int, str, str, str | None]  # start, end, layer, details, link


def stylesheet() -> str:
    return files("newsgraph.render").joinpath("style.css").read_text(encoding="utf-8")


def page_start(title: str) -> str:
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{escape(title)}</title>"
        f"<style>{stylesheet()}</style></head><body>\n"
    )


def page_end() -> str:
    return "</body></html>\n"


def annotated_spans(
    record: Record,
    entity_href: Callable[[str], str | None] | None = None,
    event_href: Callable[[str], str | None] | None = None,
) -> list[Annotation]:
    """Every highlighted span of ``record``, with a one-line description and an optional link."""
    href = entity_href or (lambda entity_id: f"#{entity_id}")
    event_link = event_href or (lambda event_id: f"#{event_id}")
    names = {e.id: e.name for e in record.entities}
    found: list[Annotation] = []
    for entity in record.entities:
        for m in entity.mentions:
            found.append((m.start, m.end, "entity", f"{entity.type} {entity.name} ({m.kind})", href(entity.id)))
        for r in entity.roles:
            holder = names.get(r.of or "", r.of_name)
            found.append((r.start, r.end, "role", f"role of {entity.name}: {r.title}"
                          + (f" of {holder}" if holder else ""), href(entity.id)))
    for t in record.times:
        extra = "".join(f", {k} {v}" for k, v in (("mod", t.mod), ("utc", t.utc)) if v)
        found.append((t.start, t.end, "time", f"{t.type} {t.value}{extra}", None))
    for q in record.quotes:
        speaker = names.get(q.speaker or "", "unknown speaker")
        found.append((q.start, q.end, "quote", f"{q.kind} quote by {speaker}", href(q.speaker) if q.speaker else None))
        if q.cue:
            found.append((q.cue.start, q.cue.end, "cue", f"cue of a quote by {speaker}", None))
    for n in record.quantities:
        label = f"{'≈' if n.approx else ''}{n.value} {n.unit or ''} {n.of or ''}".strip()
        found.append((n.start, n.end, "quantity", label, None))
    for i in record.identifiers:
        target = names.get(i.refers_to or "")
        found.append((i.start, i.end, "identifier", f"{i.kind}" + (f" of {target}" if target else ""), None))
    for ev in record.events:
        found.append((ev.trigger.start, ev.trigger.end, "event", f"{ev.type} event ({ev.status})", event_link(ev.id)))
    return found


def highlight(text: str, found: list[Annotation]) -> str:
    """The escaped text with each stretch covered by annotations wrapped in one ``<mark>``."""
    cuts = sorted({0, len(text), *(a[0] for a in found), *(a[1] for a in found)})
    pending = sorted(found, key=lambda a: a[0])
    active: list[Annotation] = []
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        while pending and pending[0][0] <= start:
            active.append(pending.pop(0))
        active = [a for a in active if a[1] > start]
        piece = escape(text[start:end]).replace("\n", "<br>\n")
        covering = [a for a in active if end <= a[1]]
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(sorted({f"l-{a[2]}" for a in covering}))
        title = escape("\n".join(a[3] for a in covering), quote=True)
        link = next((a[4] for a in covering if a[4]), None)
        inner = f'<a href="{escape(link, quote=True)}">{piece}</a>' if link else piece
        out.append(f'<mark class="{classes}" title="{title}" tabindex="0">{inner}</mark>')
    return "".join(out)


def toggles(prefix: str) -> str:
    boxes = "".join(
        f'<input type="checkbox" id="{prefix}-{layer}" class="t-{layer}" checked>'
        f'<label for="{prefix}-{layer}" class="l-{layer}">{layer}</label>'
        for layer in LAYERS
    )
    return f'<div class="toggles">{boxes}</div>'


def render_article(
    record: Record,
    entity_href: Callable[[str], str | None] | None = None,
    event_href: Callable[[str], str | None] | None = None,
) -> str:
    """An ``<article>`` element: metadata, toggles, highlighted text, and tables of every layer.

    ``entity_href`` and ``event_href`` turn an id into the link of its highlights (default: the
    row of the table below, ``#ID``).
    """
    meta = record.article.metadata
    title = meta.get("title") or meta.get("path") or record.article.id
    facts = " · ".join(escape(str(meta[k])) for k in ("published", "source", "url", "author") if meta.get(k))
    prefix = f"a{record.article.id}"
    marked = highlight(record.article.text, annotated_spans(record, entity_href, event_href))
    return (
        f'<article class="ng-article" id="{prefix}">'
        f"<h1>{escape(str(title))}</h1><p class=\"meta\">{facts} · id {record.article.id}</p>"
        f'{toggles(prefix)}<div class="text">{marked}</div>'
        f"{_tables(record, entity_href)}</article>\n"
    )


def _tables(record: Record, entity_href: Callable[[str], str | None] | None) -> str:
    names = {e.id: e.name for e in record.entities}
    rows = []
    for e in record.entities:
        roles = "; ".join(r.title + (f" of {names.get(r.of or '', r.of_name or '')}" if (r.of or r.of_name) else "")
                          for r in e.roles)
        mentions = ", ".join(f"{m.text} [{m.start}:{m.end}]" for m in e.mentions)
        rows.append(f'<tr id="{e.id}"><td>{e.id}</td><td>{escape(e.name)}</td><td>{e.type}</td>'
                    f"<td>{escape(roles)}</td><td>{escape(mentions)}</td></tr>")
    parts = [_table("Entities", ("id", "name", "type", "roles", "mentions"), rows)]
    parts.append(_table("Times", ("text", "type", "value", "mod", "utc"), [
        _row(t.text, t.type, t.value, t.mod, t.utc) for t in record.times]))
    parts.append(_table("Quotes", ("kind", "quote", "speaker", "cue"), [
        _row(q.kind, q.text, names.get(q.speaker or "", q.source.text if q.source else ""), q.cue.text if q.cue else "")
        for q in record.quotes]))
    parts.append(_table("Quantities", ("text", "value", "unit", "approx", "of"), [
        _row(n.text, n.value, n.unit, "yes" if n.approx else "", n.of) for n in record.quantities]))
    parts.append(_table("Identifiers", ("text", "kind", "refers to"), [
        _row(i.text, i.kind, names.get(i.refers_to or "", "")) for i in record.identifiers]))
    parts.append(_table("Events", ("id", "type", "trigger", "status", "participants", "place", "time"), [
        _row(ev.id, ev.type, ev.trigger.text, ev.status,
             ", ".join(f"{names.get(p.entity, p.entity)} ({p.role})" for p in ev.participants),
             names.get(ev.place or "", ""), (ev.time or {}).get("utc") or (ev.time or {}).get("value"), row_id=ev.id)
        for ev in record.events]))
    return "".join(parts)


def _row(*cells: object, row_id: str | None = None) -> str:
    opening = f'<tr id="{escape(row_id, quote=True)}">' if row_id else "<tr>"
    return opening + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in cells) + "</tr>"


def _table(title: str, head: tuple[str, ...], rows: list[str]) -> str:
    if not rows:
        return f"<h2>{title}</h2><p class=\"none\">none found</p>"
    header = "".join(f"<th>{h}</th>" for h in head)
    return f"<h2>{title}</h2><table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
