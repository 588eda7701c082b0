"""Card payments: Visa, Mastercard, American Express, Discover, JCB, Maestro,
Carte Bancaire and Solo, through a sandbox card processor.

Where each method is offered: ``methods.py``. The processor (``sandbox.py``)
works through the same hooks a real payment-security provider plugin would:
``tokenize_card`` swaps card details for an opaque token (the number stays in
the processor's vault and is never returned), ``authorize_payment`` charges
the token once per idempotency key.

Test cards (any future expiry; security code 4 digits for Amex, 3 otherwise;
spaces and dashes in the number are ignored):

==================  ===============  ===========================================
number              method           authorize_payment answers
==================  ===============  ===========================================
4111111111111111    visa             approved
5555555555554444    mastercard       approved
378282246310005     amex             approved
6011111111111117    discover         approved
3530111333300000    jcb              approved
6759649826438453    maestro          approved
6334000000000004    solo             approved
4035501000000008    carte_bancaire   approved (co-badged Visa; also works as visa)
4000000000000002    visa             declined, code 05, unified ``do_not_honor``
4000000000009995    visa             declined, code 51, unified ``insufficient_funds``
4000000000000069    visa             declined, code 54, unified ``expired_card``
4000000000000119    visa             error, code 96, unified ``processor_unavailable``
4000000000000267    visa             time-out: the card is charged but the answer
                                     is lost (the hook raises ``TimeoutError``);
                                     asking again with the same idempotency key
                                     returns the approval, with no second charge
==================  ===============  ===========================================

Any other number that passes the checks below is approved too. Carte Bancaire
accepts every Visa or Mastercard number (co-badged cards).

Other answers:

- an amount above the method's ``max_amount`` for the currency (e.g. Maestro
  over EUR 5,000.00): declined, code 61, unified ``amount_limit``;
- an unknown token, or a token vaulted for another method: error, ``invalid_token``;
- a currency the method does not take: error, ``currency_not_supported``;
- an idempotency key already used for a different payment: error,
  ``idempotency_key_reused`` (nothing is charged); a plain repeat returns the
  first answer and does not charge again.

``payment_status`` (the janitor's question about a payment left without an
answer) replays what the processor did for the idempotency key: the
time-out card's lost approval is ``paid``; a decline or an error is
``failed``; a key the processor never saw is ``failed`` (nothing charged).

``tokenize_card`` errors (``TokenizeResult.error``): ``invalid_number`` (not
digits, wrong length, Luhn check fails), ``unsupported_brand`` (no brand this
plugin knows), ``brand_mismatch`` (e.g. a Mastercard number for ``visa``),
``invalid_expiry`` (month not 1-12 or more than 20 years ahead),
``expired_card`` (expiry month in the past; two-digit years mean 20YY),
``invalid_cvc``. ``TokenizeResult.brand`` is the method id.

The vault, the answers and the charges are kept in the core's database
(``core.plugin_state``), never the card number or security code, so two app
processes share them. In tests, ``renewal_payment_cards.sandbox.charges()``
lists every charge made and ``sandbox.reset()`` forgets all tokens, answers
and charges.

The hosted card form (``web.py``) is mounted at ``/pay/cards/``: the checkout
sends the customer to ``/pay/cards/card/<attempt>``; the number and security
code are posted there, never to the checkout, and the checkout receives only
the token.
"""

from __future__ import annotations

from core.hookspecs import hookimpl
from core.model import AuthorizationRequest, PaymentStatusRequest, TokenizeRequest

from core.testing.inputs import CardDetails, Conformance, InstantSamples

from renewal_payment_cards import sandbox
from renewal_payment_cards.methods import BY_ID, METHODS

# What the conformance kit (core.testing) feeds the sandbox: the documented test cards above.
# Carte Bancaire takes the co-badged Visa cards, in euros.
_VISA_CARDS = {"approve": CardDetails("4111111111111111"), "decline": CardDetails("4000000000000002"),
               "error": CardDetails("4000000000000119")}
conformance = Conformance(instant=(InstantSamples(method_id="visa", **_VISA_CARDS),
                                   InstantSamples(method_id="carte_bancaire", currency="EUR", **_VISA_CARDS)),
                          charges=sandbox.charges)


@hookimpl
def register_payment_methods(register):
    for method in METHODS:
        register(method)


@hookimpl
def tokenize_card(request: TokenizeRequest):
    if request.method_id not in BY_ID:
        return None
    return sandbox.tokenize(request)


@hookimpl
def authorize_payment(request: AuthorizationRequest):
    if request.method_id not in BY_ID:
        return None
    return sandbox.authorize(request)


@hookimpl
def register_web_routes(register):
    from renewal_payment_cards.web import ROUTES  # imported when the app starts, not when the CLI loads plugins

    register(ROUTES)


@hookimpl
def payment_status(request: PaymentStatusRequest):
    if request.method_id not in BY_ID:
        return None
    return sandbox.status(request)
