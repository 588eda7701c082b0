"""Fluent catalogs for the email channel: one folder per locale under ftl/, named by
its canonical tag (de, pt-BR, es-419, zh-Hans), each holding .ftl files."""

from core.hookspecs import hookimpl
from core.locale_files import package_resources


@hookimpl
def register_locales(register):
    for resource in package_resources(__name__, "email"):
        register(resource)
