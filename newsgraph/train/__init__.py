"""Training newsgraph's news NER: the spaCy config, the CoNLL corpus conversion and the recipe.

``newsgraph train-ner`` runs ``recipe.train_ner``; the result is exported with
``recipe.export_model`` to ``newsgraph/models/news_ner``, which ``newsgraph_news_ner`` loads.
Training needs spaCy only; copying a base tok2vec needs en_core_web_md (training only).
"""
