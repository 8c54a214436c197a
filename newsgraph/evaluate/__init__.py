"""Readers for benchmark and answer-key formats, and their scorers. Nothing here prints."""
