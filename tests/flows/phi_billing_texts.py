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


def _strings(node: yaml.Node | None) -> list[str]:
    """Every string of a composed YAML document but the notes: its nodes are read as they are,
    since building each set's objects only to take their strings cost about 2 s of CPU."""
    if isinstance(node, yaml.ScalarNode):
        return [node.value] if node.tag == STR else []
    if isinstance(node, yaml.MappingNode):
        values = [v for k, v in node.value if not (k.tag == STR and k.value in NOTES)]
    else:
        values = node.value if isinstance(node, yaml.SequenceNode) else []
    return [text for value in values for text in _strings(value)]


def _texts_of(paths: list[Path]) -> tuple[str, ...]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, as read_yaml parses
    nodes = (yaml.compose(path.read_text(encoding="utf-8"), Loader=loader) for path in paths)
    texts = (text for node in nodes for text in _strings(node))
    return tuple(dict.fromkeys(text for text in texts if len(text) > 8))


@functools.cache
def message_texts() -> tuple[str, ...]:
    """Every message the bot says, each distinct text once."""
    texts = _texts_of([default_content_dir() / "messages.yaml"])
    assert len(texts) > 500
    return texts


@functools.cache
def benchmark_texts() -> tuple[str, ...]:
    """Every question and item of the benchmark sets that is no message of the bot's, each
    distinct text once."""
    messages = set(message_texts())
    texts = _texts_of(sorted(BENCHES.glob("*.yaml")))
    assert len(texts) > 5000
    return tuple(text for text in texts if text not in messages)


def in_sample(text: str) -> bool:
    """A fixed sample of about one text in SAMPLE, drawn by the text's own hash: a text is in it
    or not whatever else the sets hold, so adding a case never moves the rest."""
    return hashlib.blake2b(text.encode(), digest_size=8).digest()[0] % SAMPLE == 0


_TITLED = "rightly: a patient named by title and surname"

# Benchmark texts the guard refuses, each with why: rightly (the text carries an identifier) or
# as a known false alarm still to fix.
REFUSED_BENCH_TEXTS = {
    "pull up patient balance for account 88123": "rightly: a patient's account number",
    "pull up what I asked you last Tuesday about the Taos claim": (
        "false alarm: a town before 'claim' read as the patient's surname, as in 'the Jones claim'"
    ),
    "plain plastic bedpan for bedbound mom": "false alarm: 'bedbound' read as a name before 'mom'",
    "urinal for bedbound husband, male jug style w/ cap, any material": (
        "false alarm: 'bedbound' read as a name before 'husband'"
    ),
    "blood glucose meter w/ voice output for legally blind diabetic pt": (
        "false alarm: two lower-case words read as a full name"
    ),
    "whiplash pt: orthotist warmed a thermoplastic sheet and formed a flexible collar directly "
    "around her neck": "false alarm: the words after 'pt:' read as the patient's name",
    "May dap xe thu dong (motorized passive arm+leg cycler, mount on bed) - patient family sign "
    "paper at door but driver lost it, we no have delivery paper now": (
        "false alarm: Vietnamese item words at the start read as a name"
    ),
    "Lincoln Bariatric Rentals": "false alarm: a supplier named after a person read as a name",
    "Magnolia Power": "false alarm: a maker named for a given name read as a name",
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
    "wound nurse: pt cant afford new bed, wants a pad filled with WATER to put over her normal "
    "twin mattress for her stage 2 - what code": (
        "false alarm: the words after 'pt' or the capitals WATER read as a name"
    ),
    "TT K3: microprocessor ankle-foot that adjusts ankle angle (DF/PF) on slopes, "
    "battery/charger incl - no powered push-off": (
        "false alarm: capital abbreviations (TT K3) read as a name field"
    ),
    "ENT: ossicular chain implant (PORP/TORP)": (
        "false alarm: capital abbreviations after a label read as a name field"
    ),
    "recharging system for CI/BAHA rechargeable batteries, replacement charger only": (
        "false alarm: the capitals CI/BAHA read as a name"
    ),
    "look up MBI 1EG4-TE5-MK72 eligibility": "rightly: an MBI-shaped value after 'MBI'",
    "what did medicare allow on Mrs. Alvarez's shower chair last month": (
        "rightly: a patient named by title and surname"
    ),
    "Sierra Bath Safety": "false alarm: a company named like a first name and a surname",
    "non-powered overlay, advanced pressure reducing (not basic foam), multiple stage 2s on trunk, "
    "pt can't turn": "false alarm: the words after 'pt' read as a name",
    "pump-up pt lifter, wife transfers": "false alarm: the words after 'pt' read as a name",
    "our driver signed the delivery ticket 'for pt' bc pt was asleep. wife was there but didn't "
    "sign. E1399 powered over-bed transfer arm": "false alarm: the words after 'pt' read as a name",
    "Lone Star Airflow": "false alarm: a supplier's name read as a person's",
    "Rocky Mtn Power Chairs": "false alarm: a supplier's name read as a person's",
    "Medicaid OB/GYN: device kit for hysteroscopic sterilization (coil inserts into both "
    "fallopian tubes with its introducer)": "false alarm: the words after a label read as a name",
    "paraplegic pt, Scott-Craig style KAFO needs the heavy reinforced solid stirrup at the shoe": (
        "false alarm: an orthosis named for its designers read as the patient's name"
    ),
    "Savannah Power Parts": "false alarm: a supplier's name read as a person's",
    "Trinity Photomed": "false alarm: a supplier's name read as a person's",
    "North Star Chairs": "false alarm: a supplier's name read as a person's",
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
    "patterned fabric covers that slip over the colostomy pouch (pt teen, embarrassed at swim), "
    "3 pack": "false alarm: the words after 'pt' read as a name",
    "can a pt sue us if the lift breaks and she falls": (
        "false alarm: the verb 'sue' after 'pt' read as the name Sue"
    ),
    "urology discharge for Mr. Okafor, 79, chronic retention: he needs the big bag that hangs off "
    "the bed frame overnight, anti-reflux valve, 2 per month on his Medicare plan": (
        "rightly: a patient named by title and surname"
    ),
    "group 2 POV standard weight, 240 lb, better suspension for his gravel driveway": (
        "false alarm: 'gravel' after 'for his' read as a name"
    ),
    "Lone Star Bariatric": "false alarm: a supplier's name read as a person's",
    "Delta Adaptive": "false alarm: a supplier's name read as a person's",
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
    "Twin Cities Lymph": "false alarm: a supplier's name after 'Twin' read as a twin's name",
    "Trinity Lymph": "false alarm: a supplier's name read as a person's",
    "Aurora Lymph": "false alarm: a supplier's name read as a person's",
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
    "Savannah Lymph": "false alarm: a supplier's name read as a person's",
    "Trenton Power": "false alarm: a supplier's name read as a person's",
    "Austin Maternal": "false alarm: a supplier's name read as a person's",
    "Jackson Kids": "false alarm: a supplier's name read as a person's",
    "Augusta Power": "false alarm: a supplier's name read as a person's",
    "submit the redetermination on the Hendersonville wheelchair claim for me": (
        "false alarm: a town's name before an item word read as a surname"
    ),
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
    "BOX OF 12 SAFETY HUBER NEEDLES (NON-CORING) FOR ACCESSING HER IMPLANTED CHEST PORT "
    "AT HOME EVERY WEEK FOR IVIG, HOME INFUSION NURSE ORDERS THEM EACH": (
        "false alarm: a needle named for its maker (Huber) read as a surname"
    ),
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
}


def rightly_refused() -> list[str]:
    """The listed texts that carry an identifier: the guard must go on refusing them."""
    return [text for text, why in REFUSED_BENCH_TEXTS.items() if why.startswith("rightly")]
