"""The billing texts the PHI guard must leave alone: the bot's own words (every FAQ sentence,
HCPCS descriptor and message) and every question and item of the benchmark sets, each distinct
text once; and the benchmark texts it is known to refuse, each with why.

tests/flows/test_phi_own_words_and_benchmarks.py scans the bot's own words, the texts known to be
refused and a fixed sample of the benchmark texts; benches/bench_phi_billing_texts.py scans
every benchmark text."""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from flows.content import default_content_dir
from tests.conftest import read_yaml

BENCHES = Path(__file__).resolve().parents[2] / "benches"
# What a benchmark set's writers noted about a case (the answer's gist, why an outcome is right,
# what the content lacks): neither said by the bot nor typed by a biller.
NOTES = {"topic", "why", "gap"}
STR = "tag:yaml.org,2002:str"  # a string as YAML resolves it (not a number, date or flag)
SAMPLE = 16  # the tests scan about one benchmark text in this many (see `in_sample`)


@functools.cache
def content_texts() -> tuple[str, ...]:
    """Every sentence of the FAQ and every HCPCS descriptor, each distinct text once."""
    content_dir = default_content_dir()
    texts = [
        sentence
        for path in sorted((content_dir / "faq").glob("*.yaml"))
        for entry in read_yaml(path)["entries"]
        for field in ("title", "short", "detail")
        for sentence in re.split(r"(?<=[.?!])\s+|\n", str(entry.get(field) or ""))
    ]
    with (content_dir / "codes" / "hcpcs.csv").open(encoding="utf-8") as rows:
        texts += [cell for row in csv.reader(rows) for cell in row if len(cell) > 8]
    assert len(texts) > 10000
    return tuple(dict.fromkeys(texts))


_RESOLVER = yaml.resolver.Resolver()  # the tags libyaml's loader gives plain scalars


def _is_string(scalar: yaml.ScalarEvent) -> bool:
    """Whether YAML reads the scalar as a string (not a number, date, flag or null)."""
    tag = scalar.tag
    if tag is None or tag == "!":
        tag = _RESOLVER.resolve(yaml.ScalarNode, scalar.value, scalar.implicit)
    return tag == STR


def _strings(
    event: yaml.Event, events: Iterator[yaml.Event], anchors: dict[str, list[str]]
) -> list[str]:
    """Every string of the node that starts with `event` but the notes, read from the parser's
    events as they come: composing each set's nodes (their marks and tags) only to take their
    strings cost half as much again (1.5 s of CPU for the sets against 1.0 s)."""
    if isinstance(event, yaml.AliasEvent):
        return anchors[str(event.anchor)]  # an alias always names its anchor
    found: list[str] = []
    if isinstance(event, yaml.ScalarEvent):
        found = [event.value] if _is_string(event) else []
    elif isinstance(event, yaml.SequenceStartEvent):
        for item in events:
            if isinstance(item, yaml.SequenceEndEvent):
                break
            found += _strings(item, events, anchors)
    elif isinstance(event, yaml.MappingStartEvent):
        for key in events:
            if isinstance(key, yaml.MappingEndEvent):
                break
            _strings(key, events, anchors)
            value = _strings(next(events), events, anchors)
            if not (isinstance(key, yaml.ScalarEvent) and key.value in NOTES and _is_string(key)):
                found += value
    if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
        anchors[event.anchor] = found
    return found


def yaml_texts(paths: list[Path]) -> tuple[str, ...]:
    """Every string of the YAML files longer than 8 characters, each distinct text once in the
    order written: what YAML reads as a string (no number, date, flag or null), notes left
    out, an anchored node's strings where it stands (an alias repeats them)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, as read_yaml parses
    texts: list[str] = []
    for path in paths:
        events = yaml.parse(path.read_text(encoding="utf-8"), Loader=loader)
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                texts += _strings(next(events), events, {})
    return tuple(dict.fromkeys(text for text in texts if len(text) > 8))


@functools.cache
def message_texts() -> tuple[str, ...]:
    """Every message the bot says, each distinct text once."""
    texts = yaml_texts([default_content_dir() / "messages.yaml"])
    assert len(texts) > 500
    return texts


@functools.cache
def benchmark_texts() -> tuple[str, ...]:
    """Every question and item of the benchmark sets that is no message of the bot's, each
    distinct text once."""
    messages = set(message_texts())
    texts = yaml_texts(sorted(BENCHES.glob("*.yaml")))
    assert len(texts) > 5000
    return tuple(text for text in texts if text not in messages)


def in_sample(text: str) -> bool:
    """A fixed sample of about one text in SAMPLE, drawn by the text's own hash: a text is in it
    or not whatever else the sets hold, so adding a case never moves the rest."""
    return hashlib.blake2b(text.encode(), digest_size=8).digest()[0] % SAMPLE == 0


_TITLED = "rightly: a patient named by title and surname"
_TOWN = (
    "false alarm: a town in no name list or also a census surname (no list of towns is kept), "
    "before the patient's or a case's word, read as the patient's surname"
)
_TOWN_AFTER_STATE = (
    "false alarm: a town alone after a state's name and the patient's word, read as the "
    "patient's name (one word there is as often the patient's surname: 'Ohio pt, Garcia')"
)
_VAN_SEAT = (
    "false alarm: 'van' of a van-style (captain's) power-chair seat read as a surname particle, "
    "as in 'van Houten'"
)
_LYMPH = (
    "false alarm: a lymphedema clinic named for its place and 'Lymph' read as a full name "
    "('Lymph' stays a surname where a name stands: 'pt Lymph called')"
)

# Benchmark texts the guard refuses, each with why: rightly (the text carries an identifier) or
# as a known false alarm still to fix.
REFUSED_BENCH_TEXTS = {
    "pull up patient balance for account 88123": "rightly: a patient's account number",
    "anyone? acct 16208 - hi-lo bed (variable height, manual) with rails and a mattress, "
    "all in one line which HCPCS": (
        "rightly: an account number in a note about the patient's item"
    ),
    "resubmission after denial - acct 8253 - variable height manual bed, NO side rails "
    "and NO mattress - she has her own mattress (qty on the order)": (
        "rightly: an account number in a note about the patient's item"
    ),
    "cash pt wants acct 52256 - high activity knee control frame, endoskeletal per the Rx": (
        "rightly: an account number in a note about the patient's item"
    ),
    "per the eval, acct 12815 - flexion/extension AND rotation wrist unit - not sure which one": (
        "rightly: an account number in a note about the patient's item"
    ),
    "msg from the branch: acct 92606 - ultralight material BE/wrist disartic": (
        "rightly: an account number in a note about the patient's item"
    ),
    "respiratory suction pump, rental month 3, trach pt, Madison. ": (
        "false alarm: a town after 'pt,' read as the patient's name"
    ),
    "grown-up phenylketonuria pt, G-tube metabolic formula": (
        "false alarm: a long condition word before 'pt' read as a surname"
    ),
    "tech drove 70 miles round trip to Grove Hill for the repair, can travel be billed": (
        "false alarm: a two-word town read as a person's name"
    ),
    "ring JC on my behalf and find out why the Folkston pt's claim is suspended": (
        "false alarm: a town before \"pt's claim\" read as the patient's surname"
    ),
    "look up the MBI for the patient I'm on the phone with": (
        "false alarm: the words after 'the patient' read as a name"
    ),
    "file the redetermination for the Atmore claim for me": (
        "false alarm: a town before 'claim' read as the patient's surname, as in 'the Jones claim'"
    ),
    "per the eval, acct 80493 - 390 lb pt: heavy duty trapeze that attaches to the bed, grab bar "
    "(qty on the order)": "rightly: an account number in a note about the patient",
    "pull up what I asked you last Tuesday about the Taos claim": (
        "false alarm: a town before 'claim' read as the patient's surname, as in 'the Jones claim'"
    ),
    "plain plastic bedpan for bedbound mom": "false alarm: 'bedbound' read as a name before 'mom'",
    "urinal for bedbound husband, male jug style w/ cap, any material": (
        "false alarm: 'bedbound' read as a name before 'husband'"
    ),
    "whiplash pt: orthotist warmed a thermoplastic sheet and formed a flexible collar directly "
    "around her neck": "false alarm: the words after 'pt:' read as the patient's name",
    "Lincoln Bariatric Rentals": "false alarm: a supplier named after a person read as a name",
    "Magnolia Power": "false alarm: a maker named for a given name read as a name",
    "peds peptide/hydrolyzed formula (e.g., Peptamen Jr), 1500 cal/day": (
        "false alarm: a formula's brand name before the suffix 'Jr' read as a person's name"
    ),
    "arthrofibrosis, knee stuck at 70 deg bend; therapist wants the one-direction dynamic splint "
    "that increases bending": (
        "false alarm: a joint angle, '70 deg bend', read as a street address"
    ),
    "dentist made a mandibular advancement splint from impressions (custom), no rigid hinge, "
    "OSA pt CPAP-intolerant": (
        "false alarm: the therapy's name after 'pt', 'CPAP', read as the patient's name"
    ),
    "320 lb MS patient: captain's seat group 3 HD with one power function": (
        "false alarm: 'MS' (multiple sclerosis) and the seat type after 'patient:', 'captain's', "
        "read as a title and a name"
    ),
    "bilevel, spontaneous only": (
        "false alarm: a ventilator mode, 'bilevel, spontaneous', read as a name typed surname first"
    ),
    "SynCardia pt's Freedom driver needs a new shoulder carry bag, replacement": (
        "false alarm: the device's name after \"pt's\", 'Freedom', read as the patient's name"
    ),
    "ACL recon at 8 wks, stuck at 70 deg bend; spring brace that only works on bending": (
        "false alarm: a joint angle, '70 deg bend', read as a street address"
    ),
    "F/u on the SWO for Mr. Ortiz - group 2, NO tilt or recline, solid pan seat and back, weighs "
    "230, standard capacity": _TITLED,
    "Order: Hospital bed, fixed height, manual; side rails: half; mattress: NOT needed (has own). "
    "Dx: G35 MS. LON: 99 months. Qty 1": (
        "false alarm: 'MS.' (multiple sclerosis) read as the title Ms. before 'LON'"
    ),
    "Buenos días, recibí una carta ADR dated 1/8/2027 for one E1399 claim plus two more letters "
    "for other claims. I work from home with a fax. How many days I have, and is ok to put the 3 "
    "claims in one fax?": "false alarm: the Spanish greeting's words read as a name",
    "home electric suction pump used to vent/decompress pt's G-tube (gastroparesis, daily "
    "vomiting). we put E0600 suction pump, rental mo 1": (
        "false alarm: the words after \"pt's\" read as the patient's name"
    ),
    "hospital-grade electric breast pump rental for NICU baby's mom (member), 1 month. plan "
    "wants E1399 + invoice?": 'false alarm: "mom (member)" read as a named member',
    "ENT: ossicular chain implant (PORP/TORP)": (
        "false alarm: capital abbreviations after a label read as a name field"
    ),
    "look up MBI 1EG4-TE5-MK72 eligibility": "rightly: an MBI-shaped value after 'MBI'",
    "what did medicare allow on Mrs. Alvarez's shower chair last month": (
        "rightly: a patient named by title and surname"
    ),
    "non-powered overlay, advanced pressure reducing (not basic foam), multiple stage 2s on trunk, "
    "pt can't turn": "false alarm: the words after 'pt' read as a name",
    "pump-up pt lifter, wife transfers": "false alarm: the words after 'pt' read as a name",
    "our driver signed the delivery ticket 'for pt' bc pt was asleep. wife was there but didn't "
    "sign. E1399 powered over-bed transfer arm": "false alarm: the words after 'pt' read as a name",
    "paraplegic pt, Scott-Craig style KAFO needs the heavy reinforced solid stirrup at the shoe": (
        "false alarm: an orthosis named for its designers read as the patient's name"
    ),
    "Savannah Power Parts": "false alarm: a supplier's name read as a person's",
    "Trinity Photomed": "false alarm: a supplier's name read as a person's",
    "airline-friendly folding power chair uses 12 Ah gel batteries - need 2 (sealed lead acid, "
    "12-24 amp hr class)": "false alarm: item words read as a name",
    "tube fed pt, Jevity/Osmolite type 1.0-1.2 kcal, intact protein formula, 1500 kcal/day => "
    "units per 100 kcal": "false alarm: the product names after 'pt,' read as a name",
    "cow-milk allergy + EoE 3 y/o: elemental peds formula (free amino acid based, e.g. Neocate "
    "Junior) via G tube, 1000 kcal/day": "false alarm: a product name read as a person's",
    "sun shade canopy kit for his power chair (heat-sensitive MS pt), mounts to the seat back": (
        "false alarm: 'MS' (multiple sclerosis) read as the title Ms."
    ),
    "Aging report row:\nACCT 55102 | PAYER: MEDICARE JC | HCPCS E1399 NU | DOS 03/06/2026 | "
    "BILLED 2,480.00 | STATUS: REJ 277CA 11/02/2026 | NOTE: 'desc missing'\nWhat's the fix and "
    "how long do I have?": "false alarm: an aging report's account number read as a record number",
    "can you check if Mrs. Okafor's claim from 10/14 paid yet": (
        "rightly: a patient named by title and surname"
    ),
    "is MBI 3QX7-TT2-WE41 active with Part B?": "rightly: an MBI-shaped value after 'MBI'",
    "what's the balance on account 77810 after the recoup": "rightly: a patient's account number",
    "what's the deductible left for the Jensen patient": "rightly: a patient named by surname",
    "Flolan/Veletri pt: CADD-type pump dedicated to continuous uninterrupted IV prostacyclin, "
    "replacing failed unit": "false alarm: the drug names before 'pt:' read as a name",
    "OT trimmed and heat-formed a prefab resting hand splint (WHFO, no joints) for post-stroke "
    "tone, L": "false alarm: item words read as a name",
    "can a pt sue us if the lift breaks and she falls": (
        "false alarm: the verb 'sue' after 'pt' read as the name Sue"
    ),
    "urology discharge for Mr. Okafor, 79, chronic retention: he needs the big bag that hangs off "
    "the bed frame overnight, anti-reflux valve, 2 per month on his Medicare plan": (
        "rightly: a patient named by title and surname"
    ),
    "Sunshine Scooters": "false alarm: a supplier's name read as a person's",
    "pain clinic refills Mrs. Dunn's implanted morphine pump every 60 days - the "
    "refill kit, 1": _TITLED,
    "Group 3 chair for Mrs. Lin (MS): both power tilt and power recline on one system; shear "
    "reduction not included on quote": _TITLED,
    "Mr. Bell's owned K0004: the front fork bent after he hit a pothole - caster fork only, "
    "manual chair, replacement": _TITLED,
    "Mrs. Diaz (180#) flies to see her grandkids: group 1 chair that comes apart for the trunk, "
    "with the captain-type seat": _TITLED,
    "rental for Mrs. Ito (5 ft, 105 lb) after THA: the chair has to weigh less than 36 pounds "
    "so she can push it herself on carpet": _TITLED,
    "Ms. Pruitt's chair: the complete front wheel with the semi-pneumatic tire wobbles off "
    "the fork - replace assembly x1": _TITLED,
    "battery swap, 4.5V lithium, on the external pump Mr. Holt owns (not rented), 1 unit": _TITLED,
    "home-model portable suction pump made for wounds (single-patient NPWT-style unit), "
    "ordered after hospital discharge": (
        "false alarm: 'NPWT-style' after 'single-patient' read as a name"
    ),
    "Mr. Abara, 205 lbs, emphysema: strong enough to sit up and steer a tiller, just can't "
    "walk room to room anymore - basic 3-wheel scooter, standard weight class": _TITLED,
    "upgrading Ms. Farah from her scooter - she can't steer a tiller anymore (MS, EDSS 8). "
    "Power chair group 3, no power seating, base only": _TITLED,
    "Mrs. Nakamura, RA with dorsal PIP callus: removable Plastazote-type insert, CO cast her "
    "foot first, each x2 (one per foot)": _TITLED,
    "Mr. Oyelaran, 352 lbs, progressive MS, cannot reposition himself: group 3 power "
    "wheelchair in the heavy duty class (301-450) with just one power option - power tilt - "
    "on a sling/solid seat and back, PT/ATP eval attached": _TITLED,
    "extenders for Mr. Tall's walker": _TITLED,
    "Mrs. Vo's moist heat pad": _TITLED,
    "storm on Tuesday: the expandable controller on Mr. Pike's owned group 3 chair took on "
    "water and died; we replace that controller only (replacement), joystick and motors "
    "are fine": _TITLED,
    "BK shrinker for Mr. Ruiz": _TITLED,
    "Ms. Kaur's bedside PN pump": _TITLED,
    "Mrs. Alvarez (Medicare + AARP supplement) can't get out of the tub: vendor quotes a lift "
    "whose seat descends into the bathtub on a rechargeable motor": _TITLED,
    "did the check from the plan for the Westfield account come in yet": (
        "false alarm: an account named for a place read as a person"
    ),
    "set a reminder to follow up on the Ridgeview invoice Monday": (
        "false alarm: an account named for a place read as a person"
    ),
    "Augusta Kids": "false alarm: a supplier's name read as a person's",
    "twin KAFOs connected by a hinged abduction bar that can be length-adjusted, both hips "
    "involved": "false alarm: the item word after 'twin' read as a twin's name",
    "cat scratched through the padding on both arms of Mr. Pell's chair; two new arm pads, "
    "replacement only, billed per pad": _TITLED,
    "Mr. Hale is 420 and wants a scooter, group 1 (he's indoors mostly), rated for "
    "301-450": _TITLED,
    "Mr. Ito (150 lb, MS) - rehab base (group 3), sling/solid seat, ZERO power seating "
    "functions": _TITLED,
    'ortho PA scribbled "single point cane, adj height, w/ rubber tip" for Mrs. Kowalski '
    "after her ankle ORIF - cash or Medicare?": _TITLED,
    "3-in-1 commode for the bedroom, arms are welded on (don't come off), standard size, Mr. "
    "Ruiz 190 lb": _TITLED,
    "Mrs. Dahl's commode bucket has a crack and leaks - need just the replacement "
    "pan/pail": _TITLED,
    "Mr. Bianchi goes home Thursday after a CABG: bed with power head and knee, hand crank for "
    "height, rails, they want the mattress too": _TITLED,
    "Ms. Carter has a trach; pulmonologist wants bilevel with a backup rate through the trach "
    "at night - not a full vent": _TITLED,
    "Mrs. Odom gets her feedings by syringe bolus through the G-tube four times a day - we "
    "bill the daily supply kit for syringe-fed, 30 days this month": _TITLED,
    "Ms. Abernathy, 168 lb, MS with fatigue and a sacral stage 2 - she needs to shift weight "
    "every 30 minutes and can't; PT/ATP eval recommends the group 2 standard-weight base, "
    "sling/solid seat and back, with power tilt as the one and only power seat function": _TITLED,
    "Mr. Pryor is 520 pounds with SCI at C7; PMR eval recommends a rehab (group 3) base rated "
    "for the 451-600 class, sling/solid seat and back, with power tilt, power recline and "
    "power elevating legrests - multiple power options": _TITLED,
    "Osmolite-ish feeds for Mr. Ko": _TITLED,
    "Mr. Dunn's knee machine": _TITLED,
    "Mrs. Quint lives at the top of a steep street; when she stops pushing to rest, her manual "
    "chair creeps backward - PT wants the device that stops it from rolling back, one per "
    "wheel": _TITLED,
    "UCBL inserts for Mrs. Hahn": _TITLED,
    "rechargeable bathtub lift that lowers Mr. Ochoa down into the water and back up (not a "
    "bath seat, not a transfer bench); his Medigap plan needs the Medicare denial first": _TITLED,
    "Trenton Power": "false alarm: a supplier's name read as a person's",
    "Austin Maternal": "false alarm: a supplier's name read as a person's",
    "Jackson Kids": "false alarm: a supplier's name read as a person's",
    "Augusta Power": "false alarm: a supplier's name read as a person's",
    "d/c planner texted: \"FWW for Mr Ochoa tmrw, 5 inch front wheels, he's 5'9\", no seat "
    'needed" - Medicare part B': _TITLED,
    "hospice RN asks for a synthetic (not real wool) sheepskin to go under Mr. Lund's sacrum, "
    "he's skin and bones": _TITLED,
    "sleep lab faxed the titration: auto-set? no, fixed CPAP at 11 cm H2O, new start for Mrs. "
    "Dalby, 90-day compliance window starts at setup": _TITLED,
    "Mr. Haskins' portable concentrator came with a pull cart; the wheel housing sheared off on "
    "a curb at the VA, so we're swapping the cart alone, POC itself is fine": _TITLED,
    "Mr. Gaines had a transmetatarsal amputation in June; prosthetist is casting a partial-foot "
    "prosthesis with a molded socket up to tibial tubercle height plus toe filler, Medicare "
    "B": _TITLED,
    "the plastic ring that locks the flange to the bottle on Mrs. Tran's breast pump cracked - "
    "just that ring, replacement": _TITLED,
    "Mrs. Ibarra feeds with the elastomeric bulb system (it pushes formula by itself, no pump), "
    "per-day supply kit": _TITLED,
    "Mr. Okafor, 158 lb, ALS diagnosed 2024, can no longer shift his own weight; neurology and "
    "the ATP recommend a rehab-class (group 3) standard-weight power base with a sling/solid "
    "seat and back and exactly one powered seat function, tilt, nothing else powered": _TITLED,
    "rechargeable tub lift for Mrs. Ortega (78): the seat rides down into the bathwater and "
    "raises her out again - she cannot use a transfer bench; her AARP supplement wants Medicare "
    "to deny it first": _TITLED,
    "O&P repair ticket: swapped two worn housing retainers and a harness rivet on Mr. Dunn's "
    "body-powered arm (small parts only, no labor line yet)": _TITLED,
    "Mrs. Lind, 140 lb, post-polio, flies twice a year to see her son; breaks-down-for-travel "
    "power chair, lowest performance group, flat seat pan + back (not a captain style "
    "seat)": _TITLED,
    "Mrs. Ochoa can't lift the 50-lb chair into her Camry and can't push it far either; "
    "therapist wants the lighter-weight manual base (not the high-strength one), Humana "
    "MA": _TITLED,
    "Mr. Ruiz ran over his own footplate getting out of the van - the regular-size plate "
    "snapped at the hinge, need the replacement standard footplate only, 1 unit, chair "
    "purchased 2021": _TITLED,
    "portable PWC grp1, Mrs Lind 140#": _TITLED,
    "CPM for Mr Baptiste's knee": _TITLED,
    "surgeon's order: motion machine that bends Mr. Baptiste's knee passively, home "
    "rental for 3 weeks starting POD 1 after total knee arthroplasty; Medicare Part B": _TITLED,
    "the up/down hand control on Mrs. Feld's own semi-electric hospital bed (E0260, we "
    "delivered it 09/2021) got chewed through by her puppy; tech swapped the pendant on "
    "Thursday's service call": _TITLED,
    "Ms. Oyelaran's 4-wheel travel scooter came back from the PDAC review as not meeting "
    "either scooter group's performance criteria; what does the claim line use?": _TITLED,
    "commercially made real-food blenderized formula (Kate Farms/Real Food Blends type) per 100 "
    "cal, 1500 kcal/day": "false alarm: a formula brand named like a first name and a surname",
    "Mr Vance smokes a pack a day and had a three-level L3-S1 fusion; the surgeon ordered the "
    "noninvasive osteogenesis stimulator (electrical, spinal) to wear daily": _TITLED,
    "motorized rise mechanism inside Mr Grady's recliner; the chair itself is not covered, what "
    "do we bill for the motor part": _TITLED,
    "Mr Merritt's power wheelchair batteries no longer hold a charge; replace two sealed lead "
    "acid (gel) batteries rated 18 amp hours each, which falls in the 12-24 AH range": _TITLED,
    "cảm ơn chị Linh, mai gặp lại nhé": (
        "false alarm: a colleague's given name after a Vietnamese honorific ('chị') read as a name"
    ),
    "Mr. Laird post-TKA flexion contracture: dynamic straightening splint": _TITLED,
    "Mr. Laird, 3 months after TKA, has a 20-degree flexion contracture; dynamic adjustable knee "
    "device that stretches extension only, soft interface included, rental month 1": _TITLED,
    "Lincoln Foot": (
        "false alarm: a clinic named for its town and a body part read as a full name"
    ),
    "Jackson Hand": (
        "false alarm: a clinic named for its town and a body part read as a full name"
    ),
    "Magnolia Bath": ("false alarm: a supplier's name read as a given name and a surname"),
    "Hollis Vale": ("false alarm: a place's name read as a given name and a surname"),
    "speech volume modulation device for his parkinson's, first month. superbill still "
    "says K1009": ("false alarm: a condition named for a person read as a surname"),
    "Mr. Tran draws up his B12 with 2 mL syringe/needle combos, he wants a box of 100, "
    "commercial plan": _TITLED,
    "Grandma Ruth gets her feeds pushed w/ a 60cc syringe into the PEG five times a day "
    "(no pump, no bag) - 30 days of the syringe-method daily kit": (
        "rightly: a patient named by a relative's word and a given name"
    ),
    "Mrs. Delacroix's home bed gets swapped out entirely for an air-filled pressure "
    "mattress, no motor, hospice RN asked for it Friday": _TITLED,
    "Mr. Iverson keeps getting nosebleeds on 3 L, RT recommends the reusable bottle that "
    "threads onto the regulator to moisten the gas": _TITLED,
    "Mr. Haddad (78, 190 lb) going home from rehab Monday - basic manual wheelchair, "
    'nothing lightweight, 18" seat, swing-away footrests, just for household distances': _TITLED,
    "Ms. Boateng, 390 lbs, needs a manual chair rated past 300 - the extra-HD class, "
    "26-inch seat, her daughter pushes most of the time": _TITLED,
    "Mrs. Pruitt's leg rest keeps dropping - the ratchet assembly is worn out, need one "
    "new ratchet": _TITLED,
    "Mrs. Abernathy, 160 lb, COPD and knee OA, lives alone in a 1-bedroom; she needs a "
    "group 1 power chair that breaks down for her son's car, sling seat and back, under "
    "300 lb": _TITLED,
    "Ms. Ferreira, 170 lb, MS x 15 yrs, falls asleep sitting up; seating eval asks for "
    "power tilt AND power recline on a group 2 standard-weight base, sling/solid seat": _TITLED,
    "240-lb veteran with MS, rural gravel driveway, group 4 standard with captain's seat "
    "and a single power recline": ("false alarm: 'MS' (multiple sclerosis) read as the title Ms."),
    "Mr. Kowalczyk, 550 pounds, lives on a dirt road in rural Michigan; the "
    "terrain-capable group 4 base in the 451-600 class, only powered function is tilt, "
    "sling seat/back": _TITLED,
    "Mr Okafor keeps leaning on his umbrella, PT wants a real single-point cane w/ "
    "rubber tip, height adjustable, he's 6'1": _TITLED,
    "Grandpa Ruiz needs a basic everyday manual wheelchair while his hip heals, nothing "
    'fancy, 18" seat, his daughter in Fresno will push him to appointments; what do I '
    "put on the rental claim": ("rightly: a patient named by a relative's word and a surname"),
    "tech ticket #4471: Mrs. Albee rammed the elevator door again, the top half of her "
    "height-adjustable removable armrest (pad + post) is bent; bottom receiver fine; "
    "chair is hers, bought 2020, RB": _TITLED,
    "Mrs. Pham's heart failure implant (the CCM pulse generator) is charged from outside "
    "at home every week; that home charger unit died, 1 replacement": _TITLED,
    "WOCN measured Mr. Delacroix for a peristomal hernia support belt with a cut-out for "
    "the pouch, 6-inch width, one belt, Medicare Part B": _TITLED,
    "MR. LINDQVIST, PARKINSON'S WITH FESTINATION, KEEPS GETTING AHEAD OF HIS ROLLATOR ON "
    "THE RAMP; NEURO PT WANTS THE WALKER WHERE YOU CAN DIAL THE WHEEL RESISTANCE UP, "
    "MEDICARE PART B, MINNESOTA": _TITLED,
    "the commode with the spring-assisted lift seat (no motor) so Aunt Bea can stand up "
    "after she's done, she has quad weakness, pays Medicare": (
        "rightly: a patient named by a relative's word and a given name"
    ),
    "Ms. Prakash, data entry clerk in Newark, night-time carpal tunnel numbness; the "
    "hand surgeon's MA grabbed a non-molded cock-up wrist splint off the shelf, no "
    "fitting, Horizon NJ": _TITLED,
    "Mr. Castellano needs his new manual chair built 22 inches wide (seat width at least "
    "20 but under 24) because of his hips, nonstandard width add-on": _TITLED,
    "ATP in Denver is building Mr. Yazzie's power chair with a 22-inch seat frame, so "
    "the nonstandard width (20-23 in) option gets its own line": _TITLED,
    "limited ankle motion joint addition, each joint, on Mr. Kowalski's double-upright "
    "AFO": _TITLED,
    "old-school IPPB machine for Mr. Feeney's neuromuscular weakness, pulm wants it for "
    "lung volume recruitment at home, the kind with built-in nebulization": _TITLED,
    "Deb Rasmussen, 185 lb, lumbar stenosis with neurogenic claudication, can stand and "
    "pivot fine but can't walk past her kitchen; OT home eval says a basic group 1 "
    "scooter fits through her doors, standard weight up to 300, she's going to keep it "
    "in the garage by the ramp": ("rightly: a patient's full name"),
    "POV grp1 for Mr. Tran ~360 lbs": _TITLED,
    "Mr Tran weighs about 360 pounds, COPD on 2L, sitting balance good and he can work a "
    "tiller; the plain group 1 power operated vehicle but in the heavy-duty 301 to 450 "
    "pound band; he won't go off the paved paths at the senior apartments": _TITLED,
    "XHD grp-2 chair for Mr. Abara (650)": _TITLED,
    "Ms. Ngata - G2 v. heavy duty, 1 power option, 540": _TITLED,
    "grp III very HD, captain-style seat, 470 (Mrs Ortiz)": _TITLED,
    "Mrs Ortiz weighs 470, group three power chair rated 451-600, captain's chair "
    "seating chosen at the eval": _TITLED,
    "T4 para Mr. Ibsen, 330 lb, G3, tilt, sling seat": _TITLED,
    "tilt manual w/c for Mrs Baptiste (attendant pushes)": _TITLED,
    "Mrs. Baptiste, 78, late-stage Alzheimer's, slides down and out of her regular "
    "chair; her daughter pushes her, PT wants a manual adult chair that tilts the whole "
    "seat back for pressure relief three times a day, no power": _TITLED,
    "compounding pharmacy for Mr. Alvarez uses a mixed-oil fat emulsion (soy + MCT + "
    "olive + fish blend) rather than Omegaven; how do we code each 10 g": _TITLED,
    "Mrs. Haddad's son wants a motion-triggered door chime/pager that alerts him when "
    "his mother with Alzheimer's wanders outside at 3 a.m.": _TITLED,
    "Mr. Okonjo ordered a 40-lb fold-up motorized chair from an overseas website; no "
    "PDAC review ever happened, and now he asks us to submit it": _TITLED,
    "3-prong base cane for Mrs Lindqvist, R hemiparesis, she won't use the 4-leg one "
    "because it catches on the rug": _TITLED,
    "Mr Yoon's PT wants his no-wheel walker converted: the 5-inch wheel kit for the two "
    "front legs, sold as a pair, he owns the walker": _TITLED,
    "renting the big H-tank setup at the house for Mr Abernathy, compressed gas, "
    "stationary, contents/regulator/flowmeter included, he refuses a concentrator (noise)": _TITLED,
    "multiple post collar adjustable bars AND thoracic extension plus "
    "occipital/mandibular, Lerman/Minerva style, not halo": (
        "false alarm: orthoses named for their designers read as a name"
    ),
    'hemi-height manual chair (seat drops to about 17-18") so Mr Dubois can foot-propel '
    "w/ his good left leg after the stroke, standard weight frame": _TITLED,
    "Tues repair ticket #4471: Mrs Greer's standard chair, the removable armrest that "
    "doesn't go up or down split at the weld - swap in one new one, she owns the chair "
    "since 2020": _TITLED,
    "Marisol Ortega, 210 pounds, spinal stenosis, can walk to the bathroom but not "
    "through the grocery store; PT says she can operate a tiller and sit upright, basic "
    "group one POV, standard weight class up to 300 lb, stored in the carport": (
        "rightly: a patient's full name"
    ),
    "HD grp-1 POV quote, Mr Bellweather 330#": _TITLED,
    "Mr Bellweather weighs 330 pounds, CHF with leg edema, lives in a ground floor "
    "apartment; group 1 power operated vehicle rated for 301-450 lb, indoor and flat "
    "sidewalk use only": _TITLED,
    "Mrs Haskins needs the manual recliner-tilt chair, attendant pushed": _TITLED,
    "Mrs Haskins, 130 lb, late Alzheimer disease, slumps forward; daughter pushes her, "
    "the manual adult chair has to have built-in tilt in space for pressure relief, "
    "going home from the nursing facility": _TITLED,
    "Jerome Fitch, 54, home sleep test AHI 31 with snoring and daytime sleepiness; "
    "pulmonologist ordered auto-CPAP 5-15 cm H2O with heated humidifier, first rental "
    "month, Medicare": ("rightly: a patient's full name"),
    "Mrs. Pruitt, 82, can walk once she's up but can't rise from her recliner; order is "
    "for the electric lift mechanism only, the family already owns the chair furniture": _TITLED,
    "Mr Vance - electrical stim for his back fusion healing": _TITLED,
    "talking meter for Mr Osei (blind)": _TITLED,
    "Mr Osei lost his sight to diabetic retinopathy and takes insulin; he needs the "
    "glucose meter that speaks results out loud (voice synthesizer built in)": _TITLED,
    "hinged knee brace OTS for Jess pre-ACL recon": ("rightly: a patient named by a given name"),
    "Mr Ferraro can't push up from the commode; ortho wants the model with a "
    "spring-assist lifting seat, no motor": _TITLED,
    "wound nurse: put the alternating air UNDERLAY (the kind w/ pump that lies beneath, "
    "not on top) on Mrs Obi's bed, 300 lb": _TITLED,
    "Mr Dahl: fixed-height frame + mattress, rails deleted from order because he climbs "
    "over them": _TITLED,
    "Mr Yoon's backrest fabric split along the grommets; re-upholster the back only, "
    "chair bought 2020": _TITLED,
    "temporary loaner wheelchair while we fix Mr Ito's own chair, 2 weeks": _TITLED,
    "Mrs Abernathy runs her feeds overnight on the Kangaroo Joey: the daily supply set "
    "that goes with a feeding pump, 30 days billed": _TITLED,
    "Gus Andersen, 34, ACL reconstruction last week; surgeon wants a prefabricated knee "
    "orthosis with adjustable flexion/extension joints, our orthotist custom-fitted it "
    "(trimmed the cuffs, set the stops at 0-90) at the post-op visit": (
        "rightly: a patient's full name"
    ),
    "OTS OA knee unloader, single hinge, no fitting, Mr Pham": _TITLED,
    "Mr Pham picked up the single-upright knee brace for his osteoarthritis; it came off "
    "the shelf in size L with the varus/valgus adjustment, no trimming or bending by our "
    "staff, minimal self-adjustment only": _TITLED,
    "custom plastic AFO for foot drop, Mr Wójcik": _TITLED,
    "Mr Wójcik, 59, L4-5 radiculopathy with persistent foot drop; custom fabricated "
    "rigid plastic ankle-foot orthosis molded over a cast of his leg, no joints, for "
    "daily ambulation": _TITLED,
    "Mrs Brandt's knee-ankle-foot orthosis has to be built into a depth oxford; she "
    "needs a woman's orthopedic footwear oxford that is an integral part of the brace": _TITLED,
    "Mr Beale, 61, out of his total contact cast after Charcot midfoot collapse; we made "
    "him a walker boot from his own cast with a rocker sole, anterior shell and "
    "varus/valgus correction - a CROW, custom fabricated": _TITLED,
    "Mr Achebe weighs 380 pounds and needs power tilt for edema; group 2 heavy duty "
    "chair with a single power option and sling/solid seating": _TITLED,
    "Mr Halvorsen gets a standard whole-protein tube feeding (intact nutrients) through "
    "his PEG, 1500 calories a day, so 15 units a day at 100 calories per unit": _TITLED,
    "Mrs Akins, on hemodialysis, tube-fed with a renal (special metabolic need) formula "
    "with intact nutrients, 1,000 kcal per day through the G-tube": _TITLED,
    "Mrs Iqbal TKA Monday: knee CPM 3 wks home": _TITLED,
    "Mrs Iqbal had a total knee replacement on Monday; continuous passive motion machine "
    "for the knee only, home use for up to 21 days post-op": _TITLED,
    "Mr Ruiz has a venting G-tube with malignant bowel obstruction; electric home "
    "gastric suction pump to decompress his stomach": _TITLED,
    "Mrs Cho (5 ft, 240 lb) cannot get up off the bathtub floor; her son found a "
    "motorized seat that descends into the water and rises again": _TITLED,
    "repair ticket: both arm rests on Mr. Diaz's K0001 (del 03/21) are the fixed type w/ "
    "height adjustment - replacing the pair, RB": _TITLED,
    "Mrs. Olsen, 5'3, 142 lb, can't walk the length of her apartment; scooter for inside "
    "the home, basic model (group 1), weight well under 300": _TITLED,
    "G2 PWC w/ tilt only, sling seat, Mr. Fry 190 lb": _TITLED,
    "Mr. Fry, 190 lb, ALS, needs power tilt to shift weight on his own; group 2 standard "
    "power wheelchair with one power seating option (tilt), seat and back are the "
    "sling/solid type, not a captain's chair": _TITLED,
    "Mrs. Kaminski's CPAP full face mask cracked at the swivel; her plan allows one "
    "full-face mask every 3 months and it's been 4 - the whole mask": _TITLED,
    "fixed-height hosp bed, crank head/foot, WITH the side rails and mattress, Medicaid "
    "rental for Mr. Oduya": _TITLED,
    "Kowalski family asks for the unit that makes liquid O2 at home and fills his "
    "walker-basket canisters himself - rental": ("rightly: a patient's family named by surname"),
    "Mr. Haddad already owns his CPAP; sleep doc added a heated humidifier to the PAP "
    "this month, what code for the humidifier alone": _TITLED,
    "nursing home discharge, Mr. Ybarra needs a basic manual chair for household "
    "mobility, nothing lightweight, standard 18x16, footrests swing away": _TITLED,
    "Mr. Landry backed into the doorframe and snapped a removable armrest (fixed height "
    "kind) - one new armrest, nothing else": _TITLED,
    "Ms Ferreira's chair has fixed (non-removable) arms that go up and down in height - "
    "tech is quoting the set of two": _TITLED,
    "Mr. Delacroix, 240 lb, can't walk the mall any more - small scooter, Group 1, light "
    "duty, patient weight up to 300 lb": _TITLED,
    "Mrs. Abernathy wants the plush captain's seat on her group 2 chair and only power "
    "tilt added - standard duty, she's 170 lb": _TITLED,
    "daytime leg bag w/ straps for Mr. Chu's catheter": _TITLED,
    "Mr. Ortiz: TENS w/ 4+ leads so both arthritic knees run together": _TITLED,
    "caregiver-run transfer system for 420-lb Mr. Greer": _TITLED,
    "Mr. Ortiz lost both legs above the knee, so nothing goes in front: amputee chair, "
    "arms fixed full length, we leave off any foot or leg rest": _TITLED,
    "pt's TheraBite came with its scales but she's used them up; ordering the 200-pack "
    "of refills for jaw-opening measurements": (
        'false alarm: a product name after "pt\'s" read as a name'
    ),
    "old-fashioned double-bar brace for Mr. Kim: the stirrup hooks into a footplate we "
    "shaped over his cast, billed as its own addition": _TITLED,
    "Mrs. Patel's swelling stops at the elbow, so the therapist wants the one-chamber "
    "pump sleeve that only reaches from her hand to the elbow": _TITLED,
    "rental month 2 for Mrs. Olsen's HSL (high strength lightweight) chair - arms don't "
    "come off, leg rests swing away and elevate": _TITLED,
    "Repair: on Mrs. Lee's removable armrest that adjusts up/down, the upper "
    "pad-and-post part snapped; lower receiver reused": _TITLED,
    "Mr. Boyd wears a size 15 shoe; order two oversized footplates, billed each": _TITLED,
    "Quote for Mr. Hale (410 lbs): group 2 HD scooter, 301-450 capacity": _TITLED,
    "Mr. Ruiz irrigates daily; his reusable irrigation sleeve is cracked - one month's "
    "unit": _TITLED,
    "Mr. Dunn's small travel power chair uses U-1 size batteries; he insists on the "
    "flooded (non-sealed) lead acid type, ordering two, each": _TITLED,
    "Mrs. Dale's power chair drive tire keeps going soft - the tire is fine, the tube "
    "inside has a slow leak; tube only": _TITLED,
    "Mr. Ames' ankle keeps rolling in on his metal AFO - leather strap with a pad over "
    "the ankle bone pulling it back, added to the brace": _TITLED,
    "replacement mouthpiece for the tongue neuromodulation device used with PT (PoNS-type), each": (
        "false alarm: the words beside 'PT' read as a name"
    ),
    "Plain back cushion (nothing positioning) for Mr. Lee's manual chair, 16 wide, mount "
    "brackets included": _TITLED,
    "Mr. Paz leaned on it getting up and the top piece of his height-adjusting arm "
    "snapped off the post; replace the top part only": _TITLED,
    "Mr. Hale (260 lb) wants a recliner-style captain's seat on a basic group 1 power "
    "chair": _TITLED,
    "Mr. Okafor does home hemo 5 nights a week: adjustable treatment chair made for ESRD "
    "patients, the facility wants it coded": _TITLED,
    "Mom (180 lb) needs the group 2 base with more than one power function and the "
    "van-style captain seat": ("false alarm: 'Mom' with a weight read as a named relative"),
    "tall man, weak quads: bedside commode that electrically lifts him to standing": (
        "false alarm: item words read as a name"
    ),
    "what is the patient's balance on account 55-8812": ("rightly: a patient's account number"),
    "what's the balance on account 7781-B": ("rightly: a patient's account number"),
    "Kansas Medicaid managed care pt. Will the Medicare claim cross over to the MCO "
    "automatically?": ("false alarm: 'Will' after 'pt.' read as a given name"),
    "Bozeman ADR response was late; JD remit has M127 with CARC 50. is M127 their "
    "version of N102?": _TOWN,
    "remind me Thursday 2pm to chase the Laramie invoices": _TOWN,
    "call the Aberdeen pt's daughter back and tell her the chair is on backorder": _TOWN,
    "how much does the Chattanooga wheelchair guy still owe us after insurance": (
        "false alarm: a town before a person's word read as the patient's surname"
    ),
    "Elmira pharmacy-DME combo still has A9155 in its price book. drop it?": (
        "false alarm: a town that is also a given name, opening a message, read as a name"
    ),
    "😩📠 fax machine ate the Ketchikan packet again": _TOWN,
    "did the Lihue bed claim for the retired fisherman pay": _TOWN,
    "what's the balance on account 88-4410 after the secondary": (
        "rightly: a patient's account number"
    ),
    "ordering name on the claim says 'Bob Lindqvist', PECOS has 'Robert J. Lindqvist'. issue?": (
        "false alarm: a prescriber's name on a claim form read as a patient's"
    ),
    "did the Hyannis patient's walker actually get delivered yesterday or is it still "
    "sitting on the truck": _TOWN,
    "bene lives in Coeur d'Alene, we're a Spokane shop. which DME MAC": (
        "false alarm: a town's name after 'bene lives in' read as a name"
    ),
    "köszi, holnap folytatom": ("false alarm: Hungarian thanks read as a name"),
    "did claim 77120345591 for the Petoskey pt pay yet, and how much": _TOWN,
    "is the Redding pt's hospital bed on the truck today or tomorrow": _TOWN,
    "what's the current status of claim 22817746301 for the Ottawa pt, and did Noridian "
    "pay it yet or is it still pending?": _TOWN,
    "can you call Noridian for me this afternoon and ask why the Decorah hospital bed "
    "claim hasn't paid? I'm slammed": _TOWN,
    "Teamsters plan paid 100% of our $1,275 charge on the Tulare pt's chair — anything "
    "left to collect from Medicare secondary": _TOWN,
    "ありがとう Kenji-san, 来週もよろしく": (
        "false alarm: a colleague thanked by given name and honorific read as a patient"
    ),
    "what's the status of claim 80273315409 for the Blythe pt, did JD pay it": _TOWN,
    "please resubmit the three Hanford claims for me tonight after I fix the modifiers "
    "in the morning": _TOWN,
    "did the Hazard pt's redetermination I faxed Monday get logged yet": _TOWN,
    "dziękuję bardzo za pomoc z Lander, Marta": (
        "false alarm: a colleague thanked by name in Polish read as a patient"
    ),
    "👌 sweet, closing the ticket for the Weott denial now": _TOWN,
    "submit the redetermination on the Hendersonville wheelchair claim for me": _TOWN,
    "owner wants to send the Pikeville widow a bill for the full $900 because we filed 13 "
    "months late on an assigned claim. allowed?": _TOWN,
    "please go into our practice management system and update the Kirksville pt's address to "
    "her daughter's house": _TOWN,
    "yellow marker on the key sentences of the Oroville chart notes so the reviewer can't miss "
    "them — allowed?": _TOWN,
    "late-filed, assigned, CO-29 on the Machias lift chair. collect the $300 from the member "
    "instead?": _TOWN,
    "trio CO-16/M51/N350 (+MA130) on the E1399 for the Lusk patient, quick fix steps pls": _TOWN,
    "Belle Fourche bene's POD got raiend on, unreadable. denial risk?": _TOWN,
    "did the rollator claim for the Kapaa pt pay yet": _TOWN,
    "CO-109 N104 on a Bonners Ferry pt — what happened": _TOWN,
    "did the Bennington patient's rollator claim from last Tuesday pay or not": _TOWN,
    "what's the status of the Escalante pt's wheelchair cushion claim": _TOWN,
    "owner wants a rough ETA once we mail the redet for the Colfax rollator — how long do MACs "
    "usually take": _TOWN,
    "Lone Pine pt owns her hospital bed, motor died. doc's office asking if they need to write a "
    "new order for the repair": _TOWN,
    "billing the loaner K0462 for the Hooker pt — does it ride on the repair claim, and which "
    "date do I use for it": _TOWN,
    "can you pull up whether the Sallisaw walker claim from last Tuesday got processed": _TOWN,
    "log into the Noridian portal and upload the ADR packet for the Eudora claims": _TOWN,
    "do you remember what I asked you last week about the Colfax claim": _TOWN,
    "cảm ơn nhiều, bảng lịch giao hàng tuần này đẹp quá": (
        "false alarm: Vietnamese 'tuần này' (this week) read as a full name, 'tuần' spelled like "
        "the given name Tuấn"
    ),
    "what year did the Wright brothers fly at Kitty Hawk": (
        "false alarm: a place's name, Kitty Hawk, read as a given name and a surname"
    ),
    "pt's permanent address is in Kent County, Delaware, we're a mail-order shop in Ohio. which "
    "DME MAC do we send to": (
        "false alarm: a county and a state after 'address is in' read as a street address (no "
        "number, no street)"
    ),
    "how many rings do the Yankees have total": (
        "false alarm: a team's name after 'the' and before 'have' read as a family's surname in "
        "the plural ('the Zielinskis have')"
    ),
    "MA pt (Wellcare-type plan), our misc item isn't covered under the plan. do we give an ABN "
    "like medicare or something else?": (
        "false alarm: a plan's hyphenated name in brackets after 'pt' read as the patient's "
        "double-barrelled surname ('pt (Garcia-Lopez)')"
    ),
    "can you check if claim ending 4471 for the Marlinton pt paid yet": _TOWN,
    "asante sana rafiki, the Zentro claim finally paid 🌺": (
        "false alarm: a maker's invented name before 'claim' read as the patient's surname, as "
        "in 'the Jones claim'"
    ),
    "obrigadinha, até amanhã": (
        "false alarm: two Portuguese words of a goodbye, split by a comma, read as 'Surname, Given'"
    ),
    "pt lives in Charlotte Amalie, claim for a misc shower item - who gets it": (
        "false alarm: a town whose first word is a given name, after 'lives in', read as the "
        "patient's name"
    ),
    "wich MAC for arkansas pt, Brinkley? jb or jc, cant rember": _TOWN_AFTER_STATE,
    "what's the status of our Noridian claim for the Lamesa pt, DOS last tuesday": _TOWN,
    "schedule a delivery for the Atwood pt thursday morning": _TOWN,
    "oklahoma pt norman ok": _TOWN_AFTER_STATE,
    "Kansas pt (Hays), commercial BCBS primary through the spouse's job, he's 70. MSP code and "
    "where do the primary's $ go": _TOWN_AFTER_STATE,
    "american samoa bene (Tafuna). jurisdiction?": _TOWN_AFTER_STATE,
    "Delaware bene, Milford — JA? how sure": _TOWN_AFTER_STATE,
    "Twin Cities Lymph": _LYMPH,
    "Trinity Lymph": _LYMPH,
    "Aurora Lymph": _LYMPH,
    "Savannah Lymph": _LYMPH,
    "Jackson Lymph": _LYMPH,
    "anticoag clinic uses calibrated capillary tubes for fingerstick samples, 25": (
        "false alarm: 'fingerstick samples' after 'for' (a word in no dictionary) read as a "
        "person's name"
    ),
    "Pulm wants the home compressor that refills his portable O2 tanks, rental - pt is "
    "active, goes out daily": (
        "false alarm: 'Pulm' (the pulmonologist) opening a message before 'wants' read as a name"
    ),
    "ALS clinic Tuesday: 210 lb, wants the van-style captain seat on a group 3 base; power tilt "
    "is the lone seat motor": _VAN_SEAT,
    "650 lb pt: group 3 extra heavy duty, van-style captain seat, no seat functions at all": (
        _VAN_SEAT
    ),
    "MEDICAID, 180 LB, GROUP 2 BASE, VAN SEAT, POWER TILT ONLY": _VAN_SEAT,
    "ATP eval Thursday: 190 lb salesman, group 2 folding/portable base so it fits his SUV, "
    "van-style captain seat": _VAN_SEAT,
    "group 4 standard sling/solid seat power chair, rural pt, outdoor terrain": (
        "false alarm: 'outdoor terrain' after 'pt,' read as a person's name"
    ),
    "VA wants to verify: hip disarticulation patient, Canadian-style molded socket, endo build "
    "with single-axis hip and knee joints, SACH foot": (
        "false alarm: 'Canadian-style' after 'patient,' read as a person's name"
    ),
    "mcd_ca_medical_santa_clara_bed_rails_pad": (
        "false alarm: a county in a file name joined by underscores, 'santa clara', read as a "
        "given name and a surname in lower case"
    ),
    "did our claim for the Yakutat pt get paid yet": _TOWN,
    "did the E1399 claim for the Worland bed-rail pt pay out yet, ICN ends in 4471": _TOWN,
    "schedule the delivery driver for the Panaca hoyer lift Friday AM": _TOWN,
    "give me a marketing plan for a new mobility showroom in Van Horn": (
        "false alarm: a town after 'in', 'Van Horn', read as a given name and a surname (a name "
        "after 'in' is left refused: 'checked in Mary Jones at two')"
    ),
    "file the redetermination for the Baggs pt for me, everything's in the folder": _TOWN,
    "835 bit from the Sayre pt: CLP*RQ55102*4*428.5*0~ SVC*HC:E1399*428.5*0**1~ "
    "CAS*CO*16*428.5~ LQ*HE*M51~ LQ*HE*N350~ LQ*HE*MA130~ -- redet, reopen, or new claim?": (
        "rightly: CLP01 is the supplier's patient control (account) number; the town before "
        "'pt', 'Sayre', is also read as the patient's surname"
    ),
    "fax the SWO for the Vian pt over to Dr. Amsel's office, fax # is on the ticket": _TOWN,
    "call CGS on my behalf and ask why the Wetumka claim is still pending": _TOWN,
    "is Mrs. Tobiason eligible for Medicare today? run the 270 for me": _TITLED,
    "email the CERT records for the Coalgate claim to the contractor for me": _TOWN,
    "look up the diagnosis code for the Coweta pt's COPD exacerbation": _TOWN,
    "what's the status of the Bixby claim from august, did Noridian pay it": _TOWN,
}


def rightly_refused() -> list[str]:
    """The listed texts that carry an identifier: the guard must go on refusing them."""
    return [text for text, why in REFUSED_BENCH_TEXTS.items() if why.startswith("rightly")]
