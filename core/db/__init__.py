"""Persistence with piccolo. Tables find their engine through piccolo's conf
module, ``core.db.piccolo_conf`` unless PICCOLO_CONF names another."""

import os

os.environ.setdefault("PICCOLO_CONF", "core.db.piccolo_conf")
