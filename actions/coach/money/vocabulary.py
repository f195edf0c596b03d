"""The words and tables money is written with: currencies, scales, pay periods, and the yearly factors.

Data only; the readers are figures.py and splits.py, the sayers amounts.py.
"""

HOURS_PER_WEEK = 40  # a full-time week, unless the candidate says otherwise
WEEKS_PER_YEAR = 52
PER_YEAR = {"year": 1, "quarter": 4, "month": 12, "week": WEEKS_PER_YEAR}  # an hour's depends on the hours
PER_PERIOD = {"hour": "an hour", "week": "a week", "month": "a month", "quarter": "a quarter", "year": "a year"}
YEARLY_CEILING = 100_000_000  # no real pay package is above this; anything bigger is a typo or a joke
BARE_BELOW = 1000  # a bare "85" could be 85k a year or $85 an hour

CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
    "us dollar": "USD", "us dollars": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "quid": "GBP",
    "sterling": "GBP",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "rupee": "INR", "rupees": "INR",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "australian dollar": "AUD", "australian dollars": "AUD",
}
SCALES = {
    "k": 10**3, "thousand": 10**3, "grand": 10**3,
    "m": 10**6, "mm": 10**6, "mn": 10**6, "mil": 10**6, "mill": 10**6, "million": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9, "trillion": 10**12, "tn": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "crores": 10**7,
    "l": 10**5, "lpa": 10**5, "cr": 10**7,  # "21 L fixed", "24 LPA" (lakh per annum), "1.2 Cr"
}
# Written in lakh or crore, a figure is in rupees unless the candidate names another currency.
INDIAN_SCALES = ("lakh", "lakhs", "lac", "lacs", "crore", "crores", "l", "lpa", "cr")
PER_ANNUM_SCALES = ("lpa",)
PERIOD_WORDS = {
    "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour", "ph": "hour",
    "week": "week", "wk": "week", "weekly": "week", "pw": "week",
    "month": "month", "mo": "month", "mth": "month", "monthly": "month", "pm": "month",
    "quarter": "quarter", "qtr": "quarter", "quarterly": "quarter",
    "year": "year", "yr": "year", "annum": "year", "annual": "year", "annually": "year", "yearly": "year",
    "pa": "year",
}
