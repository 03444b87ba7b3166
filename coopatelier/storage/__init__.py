"""Persistence: SQLAlchemy 2 ORM, engine and PRAGMAs, unit of work, migrations, backups."""
