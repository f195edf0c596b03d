"""Rasa's SpacyNLP without the pipe nothing here reads: spaCy's entity recogniser.

Stock SpacyNLP leaves out only the parser. The coach reads money, names and reasons in its coaching core,
so the recogniser's entities go unused, yet it is half of spaCy's time on every message (about 1.8 ms of
3.6 ms here). Turning it off changes no feature: the tokens, lemmas and sentence vector the featurizers
use come from the pipes before it (tests/nlu/test_spacy_nlp.py checks this).
"""
from typing import Text

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP

UNUSED_PIPES = ("ner",)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MODEL_LOADER,
                           DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER],
                          is_trainable=False, model_from="SpacyNLPWithoutEntities")
class SpacyNLPWithoutEntities(SpacyNLP):
    @staticmethod
    def load_model(spacy_model_name: Text) -> SpacyModel:
        loaded = SpacyNLP.load_model(spacy_model_name)
        for name in UNUSED_PIPES:
            if name in loaded.model.pipe_names:
                loaded.model.disable_pipe(name)
        return loaded
