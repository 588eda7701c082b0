"""Wires the web layer: shared start-up state, routes and error mapping in one place."""

from __future__ import annotations

from litestar.config.app import AppConfig
from litestar.di import Provide
from litestar.plugins import InitPluginProtocol

from core.i18n import Translator
from core.platform import Platform
from core.web.home import HomeController


class ApplicationCore(InitPluginProtocol):
    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.translator = Translator(platform.catalog)

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        app_config.route_handlers.append(HomeController)
        app_config.dependencies.update({
            "platform": Provide(lambda: self.platform, use_cache=True, sync_to_thread=False),
            "translator": Provide(lambda: self.translator, use_cache=True, sync_to_thread=False),
        })
        return app_config
