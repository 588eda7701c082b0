"""piccolo's conf module (``PICCOLO_CONF=core.db.piccolo_conf``): the engine from
RENEWALS_DATABASE_URL and the one app."""

from piccolo.conf.apps import AppRegistry

from core.db.engine import make_engine

DB = make_engine()
APP_REGISTRY = AppRegistry(apps=["core.db.piccolo_app"])
