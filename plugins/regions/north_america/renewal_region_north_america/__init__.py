"""North America: the region's countries, rollout waves, currencies and price lists.

The data lives next to this file (region.toml, countries.csv, prices/*.csv) so the
regional team edits it without touching code; core/region_files.py reads it.
"""

from core.hookspecs import hookimpl
from core.region_files import load_region


@hookimpl
def register_currencies(register):
    for currency in load_region(__name__).currencies:
        register(currency)


@hookimpl
def register_regions(register):
    register(load_region(__name__).region)


@hookimpl
def register_price_lists(register):
    for price_list in load_region(__name__).price_lists:
        register(price_list)
