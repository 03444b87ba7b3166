"""One workspace widget per phase kind, all built on ``PhaseView``."""
