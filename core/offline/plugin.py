"""The plugin object an offline payment method uses: instructions, settlement, and a signed notification endpoint.

It extends ``core.payments.OfflineMethod`` (registers the method, answers
``offline_instructions`` and ``settle_offline_payment``) with what the
offline lifecycle adds:

- ``register_web_routes``: the processor's signed settlement notification at
  ``/pay/<method id>/notify`` (:mod:`core.offline.notify`);
- ``message(request)``: the instructions' message id per order, for a
  method whose instructions differ by seller (a US bank transfer quotes an
  ABA routing number, not an IBAN).
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from core.hookspecs import hookimpl
from core.model import OfflineRequest, PaymentMethod
from core.offline.notify import routes
from core.payments import OfflineMethod


class OfflinePlugin(OfflineMethod):
    def __init__(self, method: PaymentMethod,
                 arguments: Callable[[OfflineRequest], dict[str, str]] = lambda request: {},
                 message: Callable[[OfflineRequest], str] | None = None) -> None:
        super().__init__(method, arguments)
        self.message = message

    @hookimpl
    def register_web_routes(self, register):
        register(routes(self.method.id))

    @hookimpl
    def offline_instructions(self, request: OfflineRequest):
        answer = OfflineMethod.offline_instructions(self, request)
        if answer is not None and self.message is not None:
            answer = msgspec.structs.replace(answer, message_id=self.message(request))
        return answer
