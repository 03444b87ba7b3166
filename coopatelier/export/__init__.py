"""Exporters that turn a workshop into documents people read (the PDF synthesis)."""
