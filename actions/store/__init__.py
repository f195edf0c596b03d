"""Where candidates' cases live: SQLAlchemy models, the repository, and Rasa's tracker store."""
