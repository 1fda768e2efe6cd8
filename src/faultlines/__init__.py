"""faultlines: who did what to whom in world news, and which powers are caught in between.

The Python API (api.py) is imported on first use, so `import faultlines` stays fast:

    nlp = faultlines.load()                       # a spaCy Language with our stages
    faultlines.code(texts, published="2023-09-19")  # ARTICLE records (OUTPUT.md)
    faultlines.Store("news.duckdb").events(actor="RUS")  # read-only, list or DataFrame
"""

__version__ = "0.1.0"
__all__ = ["Store", "code", "load"]


def __getattr__(name: str):
    if name in __all__:
        from faultlines import api

        return getattr(api, name)
    raise AttributeError(f"module 'faultlines' has no attribute '{name}'")
