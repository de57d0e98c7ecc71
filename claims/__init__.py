"""claims: a fact-claim tracking database for news articles."""

__version__ = "0.1.0"
