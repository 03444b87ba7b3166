"""The PySide6 shell. The only package that imports Qt."""
