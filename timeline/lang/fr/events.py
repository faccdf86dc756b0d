"""French words the event stages read (timeline.events), where a stage reads both
languages; the stage joins them with the English ones of timeline.lang.en.events."""

# --- actor: who did it ---------------------------------------------------------

FIRST_PERSON_PLURAL = frozenset({"nous"})
FIRST_PERSON_SINGULAR = frozenset({"je", "j'", "j’", "moi"})
# "M. Macron", "Mme Borne": the title tells the person's gender.
TITLE_GENDER = {"m.": "m", "mme": "f", "mme.": "f"}
SPEAKER_PRONOUNS = frozenset({"il", "elle"})  # as the subject of a reporting verb: a person
RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"})
QUOTE_MARKS = frozenset({"«", "»"})  # guillemets; the straight and curly quotes are in the English table
# The prepositions that join a name to the noun it completes: "la mort *de* George Floyd".
NAME_CASE_MARKERS = frozenset({"de", "d'", "d’"})
