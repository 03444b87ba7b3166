"""CoopAtelier: an offline companion for foresight workshops."""

__version__ = "0.1.0"
APP_NAME = "CoopAtelier"
