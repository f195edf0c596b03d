"""Money in what a candidate types, and as the coach says it: the vocabulary (data), numbers in digits or words,
money figures around them, pay mixes ("60/40"), and amounts with their formatting."""
