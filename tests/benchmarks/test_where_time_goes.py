"""The profile summary puts each sample under its most specific category, once."""
from benchmarks.where_time_goes import shares

RAW = [
    "handle_message (rasa/core/processor.py:100);_validate (jsonschema/validators.py:10) 30",
    "handle_message (rasa/core/processor.py:100);save (rasa/core/tracker_store.py:1333);"
    "dumps (json/__init__.py:231) 50",
    "parse (rasa/nlu/featurizers/spacy_featurizer.py:80);__call__ (spacy/language.py:1000) 15",
    "predict (rasa/core/policies/rule_policy.py:900) 5",
    "not a sample line",
]


def test_each_sample_counts_once_under_its_first_category():
    result = shares(RAW)
    assert result["action-server reply validation (jsonschema)"] == 0.30
    assert result["tracker store (SQL): retrieve + save"] == 0.50  # not also under (de)serialising
    assert result["spaCy pipeline"] == 0.15
    assert result["policies and forms"] == 0.05
    assert abs(sum(result.values()) - 1) < 1e-9
