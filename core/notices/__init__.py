"""Renewal reminders: 60, 30 and 15 days before a contract term ends, every
contact gets one email in the country's language with a personal link and a
PDF of the stored quote, exactly once per term, reminder and contact.

- ``schedule``: which reminder is due for a contract on a day (state, not calendar);
- ``ledger``: the ``sent_notice`` rows, claimed before sending;
- ``content`` and ``templates/``: the localized text, then layout-only Jinja2;
- ``pdf``: the quote as a PDF (WeasyPrint);
- ``message``: the MIME message and its headers;
- ``transports``: the ``.eml`` outbox (default) or SMTP;
- ``job``: the daily run that ties them together;
- ``fresh_link``: a new personal link mailed on request (the checkout's expired-link page).
"""
