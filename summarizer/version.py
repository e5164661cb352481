"""The package version, at the floor so every room can stamp it into provenance."""

__version__ = "0.1.0"
