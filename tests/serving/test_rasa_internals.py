"""Every Rasa name the coach patches, overrides or calls past the public API is still where it was."""
import rasa

from serving import rasa_internals


def test_the_installed_rasa_is_the_one_the_patches_were_written_for():
    assert rasa.__version__ == rasa_internals.FOR_VERSION
    assert rasa_internals.mismatch() is None


def test_every_touched_rasa_name_exists():
    assert rasa_internals.missing() == [], "moved or renamed in this Rasa: check the patches that use them"


def test_a_moved_name_is_reported_by_module_and_attribute(monkeypatch):
    monkeypatch.setattr(rasa_internals, "TOUCHED", rasa_internals.TOUCHED + (("rasa.core.agent", "Agent._gone"),
                                                                            ("rasa.no_such_module", "x")))
    assert rasa_internals.missing() == ["rasa.core.agent:Agent._gone", "rasa.no_such_module:x"]


def test_a_different_rasa_is_named(monkeypatch):
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    assert rasa_internals.mismatch() == f"Rasa 3.7.0 is not {rasa_internals.FOR_VERSION}"
