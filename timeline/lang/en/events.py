"""English words the event stages read (timeline.events); the French ones are in
timeline.lang.fr.events, and where a stage reads both it joins the two in code."""

# --- link: which nouns are happenings -----------------------------------------

# Nouns that name an event; a time attached to them dates the noun itself.
EVENT_NOUNS = frozenset(
    "death birth murder killing shooting bombing attack war battle invasion election "
    "vote referendum meeting summit conference talks visit trip speech interview "
    "trial hearing verdict sentence arrest raid strike protest riot demonstration "
    "crash collapse explosion fire flood storm earthquake hurricane accident "
    "launch release sale purchase deal merger takeover acquisition bid offer "
    "agreement announcement decision statement ruling ban rise fall drop decline "
    "increase decrease loss gain win victory defeat crisis outbreak resignation "
    "appointment ceremony funeral wedding game match race tournament festival "
    "release opening closing shutdown lockdown deadline move call holiday "
    "flight trip journey tour stay ride march siege standoff ceasefire truce occupation "
    "blockade campaign mission operation rally boom slump recession recovery tenure term reign".split()
)
EVENT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing")
# Nouns with those endings that name things, not happenings.
NON_EVENT_NOUNS = frozenset(
    "government department management parliament apartment equipment document "
    "instrument monument element segment compliment environment nation station "
    "population region religion version question mission commission position "
    "condition tradition institution organization organisation administration "
    "corporation association foundation information population section option "
    "finance audience evidence science experience difference conference intelligence "
    "distance balance insurance licence license culture future nature picture "
    "structure feature figure measure procedure legislature temperature building "
    "thing morning evening something nothing anything everything king spring ring "
    "wing string ceiling clothing housing funding training meaning earning earnings "
    "reading setting".split()
)

# --- actor: who did it ---------------------------------------------------------

# Heads of definite descriptions that news uses for its main organisation.
ORG_NOUNS = frozenset(
    "company firm group carmaker automaker maker manufacturer bank lender insurer retailer "
    "airline agency startup conglomerate giant corporation business chain operator "
    "publisher broadcaster producer supplier".split()
)
# Adjectives that make "the ... bank" another institution than the one the story is about:
# "the central bank", "the parent company", "the rival carmaker".
OTHER_ORG_ADJECTIVES = frozenset(
    "central federal national state regional local public world parent rival other "
    "former new merged combined".split()
)
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})  # French "il", "elle" are things too
# Which person a pronoun or title can name: "m" or "f" (English; French "il"/"elle" are things too).
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                "miss": "f", "lady": "f", "dame": "f", "madam": "f"}
SPEAKER_PRONOUNS = frozenset({"he", "she"})  # as the subject of a reporting verb: a person
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that", "whose"})
# Marks that open or close a quote (the tokenizer's "``" and "''" included).
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})

# --- when: tense and the span of a duration ------------------------------------

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Verbs whose object was under way until the clause's date: "ended a decade-long dominance".
ENDING_VERBS = frozenset("end finish conclude complete halt break wrap cap close".split())
