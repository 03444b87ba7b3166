"""Exchange formats: the workshop file (JSON, import with merge), CSV and Markdown exports.

No Qt here: everything runs in scripts, tests and the CLI."""

from coopatelier.exchange.csv_export import write_csv
from coopatelier.exchange.markdown import write_markdown
from coopatelier.exchange.workshop_file import (
    ImportReport,
    WorkshopFileError,
    export_workshop_file,
    import_workshop_file,
    read_workshop_file,
    workshop_to_dict,
)

__all__ = [
    "ImportReport",
    "WorkshopFileError",
    "export_workshop_file",
    "import_workshop_file",
    "read_workshop_file",
    "workshop_to_dict",
    "write_csv",
    "write_markdown",
]
