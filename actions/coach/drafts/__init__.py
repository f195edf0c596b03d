"""The messages the candidate sends: a counter built from their real reasons (counter.py), an acceptance
(acceptance.py), the case at a glance (summary.py), the shared wording (phrasebook.py) and small text
tools (text.py). Nothing here imports Rasa."""
