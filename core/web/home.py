"""The root page: says only "use the link in your email", in the reader's language.

It reveals nothing (no form, no contract lookup): the checkout is reached
only through a personal link.
"""

from __future__ import annotations

from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency

from core.platform import Platform


class HomeController(Controller):
    path = "/"
    include_in_schema = False

    @get("/")
    async def home(self, request: Request) -> Response:
        kit = request.app.state.kit
        code = kit.code_for(request)
        return kit.render(request, "message.html.j2", code=code, title_id="home-title",
                          paragraphs=[kit.text(code, "home-body"), kit.text(code, "partner-note")])

    @get("/health", sync_to_thread=False)
    def health(self, platform: NamedDependency[Platform]) -> dict[str, int]:
        catalog = platform.catalog
        return {"countries": len(catalog.countries), "payment_methods": len(catalog.methods)}
