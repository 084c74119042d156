"""Scores one indexed code against a biller's read description (code_search.py ranks with it).

The score starts from the description's words the code covers, weighted by rarity (idf); a
street name typed in full and the main noun naming the code add to it; a code for what the item
belongs to, for another device, body region or kind of item, or saying a rival of a typed word
counts less; a quantity outside the code's range, or one word shared of a compound name
("stair lift": heel lift), less still.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from flows.code_query import ADDING, IndexedCode, QueryView
from flows.item_quantities import quantity_fit
from flows.item_text import ItemReader
from flows.text import stem

ALIAS_BONUS = 0.15  # share of an alias's idf added when the biller typed the whole alias
HEAD_BONUS = 0.6  # idf of the main noun, added when the code is named by that noun
BASE_ITEM = 0.85  # factor for a code named by what the item belongs to ("... for a cpap mask")
ACCESSORY_OF_ITEM = 0.8  # factor for an accessory made for the device the description names
ACCESSORY_WORDS = frozenset(stem(w) for w in "accessory supplies supply attachment".split())
# A main noun the code says only as a word's second half ("chair" of wheelchair) covers this part.
COMPOUND_HEAD = 0.8
OTHER_REGION = 0.7  # factor for a code named for a body region other than the one typed
CONTRADICTION = 1.0  # share of idf taken off for each word the description negates
NAME_PRECISION = 3.0  # added in full when the description covers all of a code's name
UNASKED_NEGATION = 0.5  # taken off per "without ..." in a descriptor the biller did not mention
OTHER_DEVICE = 0.5  # factor for a code made for another device ("adapter for breast pump")
LONE_WORD = 0.3  # factor for a code sharing one word of a compound name ("stair lift": heel lift)
RIVAL = 0.85  # factor for a code saying a rival of a typed word (rival_words in synonyms.yaml)
OTHER_KIND = 0.85  # factor for an addition to an orthosis or prosthesis when a whole one is typed
OTHER_FAMILY = 0.8  # factor for a code outside the family of L-codes the context says
WHOLE_FOR_PART = 0.6  # factor for a whole orthosis or prosthesis when a part added to one is typed


class CodeScorer:
    """Built by the ranker once its index is: `idf` weighs a word, `indexed` holds every word
    some code uses."""

    def __init__(
        self, reader: ItemReader, idf: Callable[[str], float], indexed: Container[str]
    ) -> None:
        self.reader, self.idf, self._indexed = reader, idf, indexed

    def score(self, code: IndexedCode, view: QueryView) -> tuple[float, float, float]:
        """(rank score, covered weight, covered weight of the item clause) of one code."""
        item, weights = view.item, view.weights
        covered = covered_item = 0.0
        contradicted = False
        # "Supplies and accessories for <device>": any piece of that device the biller names
        # ("probes for the pelvic floor device") is one of them.
        supplies = (
            code.name_tokens <= ACCESSORY_WORDS
            and item.head not in code.made_for  # the device itself is no supply of it
            and len(code.made_for & view.typed_for) >= 2  # "probes for the kegel device"
        )
        tokens = code.tokens
        for token, full, opposed, in_item in view.terms:
            if token in tokens:
                gain = full
            elif opposed in tokens:  # "non-pneumatic" against "pneumatic"
                gain = -CONTRADICTION * full
                contradicted = True
            elif token == item.head and (supplies or code.uses_noun(token)):
                gain = COMPOUND_HEAD * full  # "amputee chair": the Amputee wheelchair's chair
            else:
                continue  # a word the code does not say adds nothing
            covered += gain
            if in_item:
                covered_item += gain
        rank = covered
        typed = view.typed
        if not contradicted:
            # A street name counts when it names what was typed, in the words of the item
            # itself: "cpap" in "cpap headgear" is not the item, nor is "infrared heating pad"
            # in "replacement pad for an infrared heating system".
            named = [
                alias
                for alias, alias_item in zip(code.aliases, code.alias_items, strict=True)
                if alias <= weights.keys()
                and alias_item <= item.item_tokens
                and (not item.head or item.head in alias)
            ]
            if named:
                rank += ALIAS_BONUS * sum(self.idf(t) for t in max(named, key=len))
            if item.head and code.is_named_by(item.head):
                rank += HEAD_BONUS * self.idf(item.head)
        # The item the description says this one belongs to is not the item: in "pillows for a
        # cpap mask", the mask's code is the base, not the answer.
        if (
            item.head
            and not code.is_named_by(item.head)
            and any(code.is_named_by(base) for base in view.bases)
        ):
            rank *= BASE_ITEM
        # An accessory is not the device it is for: a "front wheeled walker" is no "Wheel
        # attachment, rigid pick-up walker", an "electrolarynx" no "... larynx accessory".
        # Nor is "Supplies and accessories for <device>": a "tremor stimulator" is the
        # stimulator, not its supplies.
        if (
            item.head in code.lead_for
            or bool(code.name_tokens)
            and code.name_tokens <= ACCESSORY_WORDS
            and item.head in code.made_for
        ) and not typed & ACCESSORY_WORDS:
            rank *= ACCESSORY_OF_ITEM
        fits = (  # most descriptions type no quantity: nothing to fit
            quantity_fit(code.quantities, item.quantities, self.reader.naming_units)
            if item.quantities
            else 1.0
        )
        fits *= self.agreement(code, view)
        # "elbow brace" is not the "Knee orthosis": the code names another body region.
        if (
            view.typed_regions
            and code.name_tokens & self.reader.regions
            and not (view.typed_regions & code.tokens)
        ):
            rank *= OTHER_REGION
        # "add per joint", "T-strap on the double upright brace": an addition, not a whole brace.
        if code.addition and view.adds is not None:
            rank *= 1 / OTHER_KIND if view.adds else OTHER_KIND
        elif code.whole and view.typed & ADDING:
            rank *= WHOLE_FOR_PART
        # "thigh lacer for the AK amputee" is a prosthesis's part, no orthosis's thigh cuff.
        if view.lowered and view.lowered(code.family, code.family_words):
            rank *= OTHER_FAMILY
        if code.says_rival(view.rivals):  # "Manual wheelchair accessory, ..." for a power chair
            rank *= RIVAL
        # A variant "without" something the biller did not mention is the less likely one.
        rank -= UNASKED_NEGATION * len([t for t in code.negated if t not in weights])
        rank *= fits
        # A code whose own name the description covers well beats one it merely touches, and
        # between two equal matches the shorter descriptor says less the biller did not ask for.
        rank += NAME_PRECISION * max(_overlap(name, typed) for name in code.names())
        matched = sum(view.typed_idf[t] for t in code.tokens & typed)
        rank += matched / code.idf_total if code.idf_total else 0.0
        return rank, max(covered, 0.0) * fits, max(covered_item, 0.0) * fits

    def agreement(self, code: IndexedCode, view: QueryView) -> float:
        """Below 1 when the code is for another item than the one described: made for another
        device ("adapter for nebulizer" is no "Adapter for breast pump"), or sharing only one
        word of a name of two or more ("stair lift" is no "Lift, elevation, heel"; "hearing aid"
        no "first-aid" bandage) while none of the code's names is typed in full."""
        factor = 1.0
        item, typed, typed_for = view.item, view.typed, view.typed_for
        if typed_for and code.made_for and not (code.made_for & typed or typed_for & code.tokens):
            factor *= OTHER_DEVICE
        naming = view.naming  # without generic, describing and region words ("arm sling")
        shared = {t for t in naming if t in code.tokens or t == item.head and code.uses_noun(t)}
        if len(naming) >= 2 and len(shared) == 1:
            named = len(code.name_tokens) >= 2 and code.name_tokens <= typed
            # "gauze sponges", "swedish knee cage": the noun no code uses is a nickname of the
            # item the shared word describes, not another item ("stair lift" shares its noun).
            nickname = item.head not in shared and not any(
                t in self._indexed for t in naming - shared
            )
            if not (named or nickname or any(alias <= typed for alias in code.aliases)):
                factor *= LONE_WORD
        return factor


def _overlap(name: set[str], typed: set[str]) -> float:
    return len(name & typed) / len(name) if name else 0.0
