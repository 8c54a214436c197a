"""newsgraph: news articles in, a source-grounded knowledge graph out."""

from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, Record

__version__ = "0.1.0"

__all__ = ["Article", "NewsgraphError", "Record", "__version__"]
