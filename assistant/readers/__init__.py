"""Readers decide which passage answers a question, where the answer is, and whether there is one.

The plugin boundary is one method (see :class:`base.Reader`); the shipped implementation is the
trained cross-encoder in :mod:`.learned`. ``make_reader(settings)`` picks one by configuration.
"""

from .base import Reader, make_reader

__all__ = ["Reader", "make_reader"]
