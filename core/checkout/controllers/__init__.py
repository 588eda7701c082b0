"""One controller per checkout step or state; shared loading in ``common``."""
