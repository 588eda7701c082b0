"""Offline payments as a lifecycle: placed, instructed, settled or expired; and the janitor.

An order paid by wire transfer, check, PayPal or PayNearMe is placed by
``core.orders.choose_method`` (state ``pending_offline``, a payment reference
from ``core.settlement.payment_reference``, an expiry from the method's
``offline_expiry_days``). From there this package takes over:

- :mod:`core.offline.settle`: money arrives (an operator's ``renewals payments
  settle`` or the processor's signed notification, :mod:`core.offline.notify`);
  the method's plugin decides (hook ``settle_offline_payment``): exact or more
  settles and renews the contract in the same transaction, less leaves the
  order pending as underpaid. Each sum is recorded once per event key under the
  order's row lock, so a replay or the same money reported twice renews once.
- :mod:`core.offline.expiry`: pending orders past their window expire (the
  contract is untouched, the link still works); the customer is told by email.
- :mod:`core.offline.emails`: the instructions email (with the PDF quote) and
  the expiry email, in the contract country's email locale.
- :mod:`core.offline.janitor`: payments whose outcome a processor never gave
  are re-asked (hook ``payment_status``) on a back-off schedule.
- :mod:`core.offline.listing`: what operators see (``renewals payments list|show``).
"""
