"""Workshop templates (``scenarios/*.toml``): loading, validation, saving."""

from coopatelier.templates.loader import (
    SCHEMA_VERSION,
    Template,
    TemplatePhase,
    available_templates,
    find_template,
    load_template,
    parse_template,
    template_to_toml,
)

__all__ = [
    "SCHEMA_VERSION",
    "Template",
    "TemplatePhase",
    "available_templates",
    "find_template",
    "load_template",
    "parse_template",
    "template_to_toml",
]
