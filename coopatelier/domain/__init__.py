"""Pure-Python domain: entities and value rules. No Qt, no SQLAlchemy."""
