"""Wires the web layer: shared start-up state, routes, security, templates and error mapping in one place."""

from __future__ import annotations

from pathlib import Path

from litestar import Request, Response
from litestar.config.app import AppConfig
from litestar.config.csrf import CSRFConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import HTTPException, NotFoundException, TooManyRequestsException
from litestar.plugins import InitPluginProtocol
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.response import Redirect
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig

from core.checkout.context import SessionEnded
from core.clock import Clock, utc_now
from core.checkout.language import pick_cookie
from core.checkout.link_notice import LinkNoticeCodec
from core.checkout.pages import PageKit
from core.checkout.security import security_headers
from core.checkout.session import SessionCodec
from core.checkout.settings import CheckoutSettings, load_settings
from core.checkout.views import isolate
from core.db import session as db_session
from core.i18n import Translator
from core.platform import Platform
from core.web import errors
from core.web.home import HomeController

CHECKOUT = Path(__file__).resolve().parent.parent / "checkout"


_TRANSLATORS: dict[int, tuple[object, Translator]] = {}


def translator_for(platform: Platform) -> Translator:
    """One Translator per catalog and process: building every locale's bundles takes seconds."""
    kept = _TRANSLATORS.get(id(platform.catalog))
    if kept is None or kept[0] is not platform.catalog:
        kept = _TRANSLATORS[id(platform.catalog)] = (platform.catalog, Translator(platform.catalog))
    return kept[1]


def _tune_jinja(engine: JinjaTemplateEngine) -> None:
    """Templates ship with the code: no file-date check per render; no blank lines from block tags."""
    engine.engine.auto_reload = False
    engine.engine.trim_blocks = True
    engine.engine.lstrip_blocks = True
    engine.engine.filters["isolate"] = isolate


# Lifespan hooks without parameters: Litestar passes the app to a hook that takes one, which
# db_session.start(db) took for its engine and so never opened the PostgreSQL pool (every
# query then opened a connection of its own).
async def _open_database() -> None:
    await db_session.start()


async def _close_database() -> None:
    await db_session.stop()


class ApplicationCore(InitPluginProtocol):
    def __init__(self, platform: Platform, settings: CheckoutSettings | None = None,
                 clock: Clock = utc_now, manage_database: bool = True) -> None:
        self.platform = platform
        self.translator = translator_for(platform)
        self.settings = settings or load_settings()
        self.kit = PageKit(self.translator, platform.catalog, self.settings)
        self.clock = clock
        self.manage_database = manage_database

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        from core.checkout.api import ApiController
        from core.checkout.controllers.entry import EntryController, LinkPagesController
        from core.checkout.controllers.payment import PaymentController
        from core.checkout.controllers.steps import StepsController

        settings = self.settings
        app_config.route_handlers.extend([
            HomeController, EntryController, LinkPagesController, StepsController, PaymentController, ApiController,
            create_static_files_router(path="/static", directories=[CHECKOUT / "static"],
                                       cache_control=None, include_in_schema=False),
            *self._payment_routes(),
        ])
        app_config.dependencies.update({
            "platform": Provide(lambda: self.platform, use_cache=True, sync_to_thread=False),
            "translator": Provide(lambda: self.translator, use_cache=True, sync_to_thread=False),
        })
        app_config.state = State({"kit": self.kit, "codec": SessionCodec(settings.secret_key, settings.session_minutes),
                                  "link_codec": LinkNoticeCodec(settings.secret_key), "clock": self.clock,
                                  "settings": settings, "platform": self.platform})
        app_config.template_config = TemplateConfig(directory=CHECKOUT / "templates", engine=JinjaTemplateEngine,
                                                    engine_callback=_tune_jinja)
        app_config.csrf_config = CSRFConfig(secret=settings.secret_key, cookie_secure=settings.tls,
                                            cookie_httponly=True, cookie_samesite="lax",
                                            exclude=["/api/session"])
        app_config.middleware.insert(0, security_headers(settings.tls))
        app_config.before_request = self._language_pick
        app_config.exception_handlers.update({
            SessionEnded: errors.session_ended,
            NotFoundException: errors.not_found,
            TooManyRequestsException: errors.too_many,
            HTTPException: errors.http_error,
            Exception: errors.server_error,
        })
        if self.manage_database:
            app_config.on_startup.append(_open_database)
            app_config.on_shutdown.append(_close_database)
        return app_config

    def _payment_routes(self) -> list:
        """Routes payment plugins contribute (the card form, sandbox banks, notifications)."""
        try:
            from core.orders.web import web_routes
        except ImportError:
            return []
        return web_routes(self.platform)

    async def _language_pick(self, request: Request) -> Response | None:
        """``?lang=xx`` on any page: remember the pick in a cookie and reload the page without it.

        A coroutine although it awaits nothing: Litestar runs a plain function hook in a worker
        thread, a hop on every request."""
        picked = request.query_params.get("lang")
        if picked is None or request.method != "GET" or request.url.path.startswith(("/api", "/schema", "/pay")):
            return None
        code = self.kit.languages.picked(picked)
        response = Redirect(request.url.path, status_code=303)
        if code:
            response.set_cookie(pick_cookie(code, self.settings.tls))
        return response
