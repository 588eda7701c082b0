"""The glossary: one set of Fluent terms per language, shared by every channel.

A customer reads the same word for the same charge on the page, in the email
and on the PDF only if both channels take it from one place. Each
``ftl/<language>/glossary.ftl`` is registered for the web and for the email
channel under that channel's code for the language (the email channel names
Spain's Spanish ``es-ES``, the web ``es``). A channel that has no messages in a
language does not gain that language from its glossary alone: the catalog
only keeps locales that some plugin gives messages.
"""

from core.hookspecs import hookimpl
from core.locale_files import package_resources
from core.model import LocaleResource

# Glossary language → code of that language per channel, where it differs.
CHANNEL_CODES = {"es": {"email": "es-ES"}}


@hookimpl
def register_locales(register):
    for resource in package_resources(__name__, "web"):
        register(resource)
        email_code = CHANNEL_CODES.get(resource.code, {}).get("email", resource.code)
        register(LocaleResource(code=email_code, channel="email", ftl=resource.ftl, source=resource.source))
