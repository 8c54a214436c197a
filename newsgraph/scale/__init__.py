"""Running the same pipeline on more than one core: a local process pool, or a Ray cluster.

Both keep a bounded number of articles in memory whatever the corpus size, and both give the
same records as ``Extractor.extract_many`` in one process.
"""
