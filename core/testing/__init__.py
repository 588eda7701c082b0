"""Testing support for plugin authors, shipped with the core.

- :class:`Conformance` and its samples (:mod:`core.testing.inputs`): what a
  payment plugin declares about its sandbox; safe to import at run time.
- :class:`PaymentPluginConformance` (:mod:`core.testing.kit`): the checks
  every payment plugin passes, as a base test class (imports pytest).
- ``core.testing.conformance``: the pytest plugin (``pytest_plugins =
  ["core.testing.conformance"]`` in a conftest, or ``pytest -p
  core.testing.conformance``) that prints the translation coverage the kit
  found at the end of the run.

Guide: docs/plugins.md, "Testing your plugin".
"""

from core.testing.inputs import CardDetails, Conformance, InstantSamples, OfflineSamples, declared_conformance

__all__ = ["CardDetails", "Conformance", "InstantSamples", "OfflineSamples", "PaymentPluginConformance",
           "declared_conformance"]


def __getattr__(name: str):
    """The kit imports pytest; load it only when a test asks for it, never when a plugin runs."""
    if name == "PaymentPluginConformance":
        from core.testing.kit import PaymentPluginConformance

        return PaymentPluginConformance
    raise AttributeError(name)
