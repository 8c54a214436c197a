"""Across articles: the same entity and the same event get one store-wide id.

``entities`` decides whether an article's entity is one already known, ``events`` the same for
events, ``names`` reduces names to comparable keys. This package imports only ``newsgraph.model``;
the store supplies the candidates.
"""
