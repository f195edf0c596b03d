import pytest

from actions.coach.language import looks_foreign


@pytest.mark.parametrize("text", [
    "Hola, tengo una oferta de trabajo y quiero negociar", "Bonjour, j'ai une offre pour un emploi",
    "Hallo, ich habe ein Angebot", "我收到了一份工作邀请", "Здравствуйте, у меня есть предложение",
])
def test_other_languages(text):
    assert looks_foreign(text)


@pytest.mark.parametrize("text", [
    "Hi, I got an offer", "85k", "yes", "Contoso", "The base is lower than my current pay",
    "I'm on a 92k base", "Café Rouge Ltd", "no", "😀😀", "",
])
def test_english_and_short_answers(text):
    assert not looks_foreign(text)
