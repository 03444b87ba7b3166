"""The Qt binding we run on must not leak references to None: PySide6 6.12.0 loses one
per void-returning call and Python 3.11 aborts ("none_dealloc") after a few thousand."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_consume_references_to_none(qapp: object) -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100
