"""faultlines: who did what to whom in world news, and which powers are caught in between."""

__version__ = "0.1.0"
