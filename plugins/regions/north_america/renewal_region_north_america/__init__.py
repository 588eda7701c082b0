"""North America: the region's countries, rollout waves, currencies and price lists.

The data lives next to this file (region.toml, countries.csv, prices/*.csv) so the
regional team edits it without touching code; core/region_files.py reads it.
"""

from core.region_files import RegionPlugin

plugin = RegionPlugin(__name__)
