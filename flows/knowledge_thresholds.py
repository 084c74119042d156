"""How sure the knowledge ranking must be before the bot answers (flows/knowledge_verdict.py), and
how much each signal weighs (flows/knowledge_rank.py): tuned on the question sets in benches/."""

# How sure the ranking must be before the bot answers (tuned on the dev sets in benches/).
MIN_DOMAIN_SHARE = 0.3
MIN_COVERAGE = 0.2
MIN_SCORE = 1.0
# Below this share of the best score the runner-up is not a rival: the best entry is answered
# outright. Closer than that, and with the best entry covering less than CLEAR_COVERAGE of the
# question, the answer is offered as "I think you mean ..." with the runner-up beside it.
CLOSE_MARGIN = 0.08
CLEAR_COVERAGE = 0.85
# An answer is stated outright only when plain BM25 picks the same entry and the entry covers
# at least this share of the question; otherwise it is offered as "I think you mean ...". On the
# held-out sets most answers stated outright that were wrong failed one of the two.
STATED_COVERAGE = 0.5
RIVALS_READ = 3  # nor when one of the next two entries covers more of the question than it
# An answer none of the narrower readings (plain BM25, the topics' own words, the nearest example
# phrasing) confirms is declined when its entry covers less than this share of the question.
LONE_COVERAGE = 0.4
# In the share of a question an entry covers, a word the knowledge base never uses counts half
# a rare word: a long, polite message is not sunk by its greetings ("good morning everyone,
# sorry for the long message ..."); domain share still declines questions mostly made of them.
UNKNOWN_SHARE = 0.5
SPLIT_IDF = 3.0  # a word at most about 3 entries use
# A close call whose runner-up holds such a word is still offered ("I think you mean") when the
# best entry covers this share of the question: it is then the topic, the rare word a detail.
SPLIT_COVERAGE = 0.45
# Nor when the best and the runner-up together cover this share of the question: the question
# is about the two of them, so the best is offered with the runner-up beside it.
PAIR_COVERAGE = 0.55
CODE_WEIGHT = 3  # a code typed in the question (N350, K0108) counts this many times
# How often each field's words count in an entry's index: the curated fields say what the topic
# is; the answer text adds vocabulary but also incidental words.
FIELD_WEIGHTS = {"title": 3, "tags": 2, "phrasings": 3, "short": 1, "detail": 1}
# A question worded like one of an entry's example phrasings (or its title) gets up to this
# share of the best BM25 score on top: stopwords carry the intent there ("what is e1399" asks
# for the definition, whichever entry mentions E1399 most). Below the floor a likeness counts 0.
EXAMPLE_WEIGHT = 0.3
EXAMPLE_FLOOR = 30
# The claim so far (payer, state, acquisition) breaks near-ties: entries scoring within
# CONTEXT_BAND of the best get up to CONTEXT_WEIGHT of the best score for matching it.
CONTEXT_WEIGHT = 0.3
CONTEXT_BAND = 0.6
