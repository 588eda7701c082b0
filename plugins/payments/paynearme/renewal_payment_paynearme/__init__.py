"""PayNearMe: cash at US retail locations (7-Eleven, CVS, Family Dollar...).
An offline method: the confirmation page shows a pay code the customer brings
to the store; the order is renewed when PayNearMe reports the cash payment.

Instructions: message ``offline-instructions-paynearme``, no arguments of its
own; the core adds ``amount``, ``reference`` (the pay code,
``RN-<order>-<check digits>``, core.settlement.payment_reference) and ``due_date``.
Cash is capped at USD 1,500.00 a payment; asking for instructions above it
raises ValueError (the checkout must not offer PayNearMe for such an amount).

Settlement: the shared rule of core.settlement.settle.
"""

from __future__ import annotations

from decimal import Decimal

from core.model import PaymentMethod
from core.offline.plugin import OfflinePlugin

METHOD = PaymentMethod(
    id="paynearme",
    kind="cash",
    flow="offline",
    countries=frozenset({"US"}),
    currencies=frozenset({"USD"}),
    max_amount={"USD": Decimal("1500.00")},
    offline_expiry_days=7,
)


plugin = OfflinePlugin(METHOD)
