"""The web app: `faultlines serve` opens the store in a browser and as a JSON API."""

from faultlines.web.app import create_app

__all__ = ["create_app"]
