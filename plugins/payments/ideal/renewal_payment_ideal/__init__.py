"""iDEAL: Dutch online banking. The customer approves the payment in their bank's
app and returns to the checkout, so the flow is instant.

The sandbox bank answers by the token the bank-selection step returns:
``ideal-approve``, ``ideal-cancel`` (declined by the customer), ``ideal-error``.
"""

from __future__ import annotations

from core.model import PaymentMethod
from core.payments import RedirectSandbox

METHOD = PaymentMethod(
    id="ideal",
    kind="bank_redirect",
    flow="instant",
    countries=frozenset({"NL"}),
    currencies=frozenset({"EUR"}),
    capabilities=frozenset({"refund"}),
)

plugin = RedirectSandbox(METHOD, reference_prefix="IDEAL", cancel_code="SO1000", error_code="SY1000")
