"""Is a message in a language the coach can read? It only speaks English so far."""
import re

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Short, common words of the languages candidates most often try instead, absent from English.
_FOREIGN_WORDS = re.compile(
    r"\b(hola|tengo|una|oferta|trabajo|salario|quiero|pero|muy|gracias|bonjour|j'ai|une|offre|emploi|je|suis|"
    r"merci|avec|pour|est|pas|hallo|ich|habe|ein|eine|angebot|gehalt|nicht|und|danke|olá|tenho|uma|proposta|"
    r"obrigado|não|ciao|ho|un'offerta|lavoro|stipendio|grazie|sono)\b", re.I)
_ENGLISH_WORDS = re.compile(r"\b(the|and|is|i|my|a|an|to|of|it|for|offer|base|yes|no|in|on|with|have|but|what)\b", re.I)


def looks_foreign(text: str) -> bool:
    """True when the message is mostly another script, or has more common foreign words than English ones."""
    letters = _LETTER.findall(text or "")
    if len(letters) < 4:
        return False
    non_latin = sum(1 for ch in letters if ord(ch) > 0x24F)
    if non_latin / len(letters) > 0.5:
        return True
    foreign, english = len(_FOREIGN_WORDS.findall(text)), len(_ENGLISH_WORDS.findall(text))
    return foreign >= 2 and foreign > english
