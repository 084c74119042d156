"""Content's words about titles that do not always make a person, read by the PHI guard's titled
names (flows/phi_titles.py): products, characters and shows named with a title ("Mr. Coffee
carafe", "Mr. Freeze popsicles", "Ms. Marvel marathon"), and titles that are also given names or
begin businesses' names ("Shri Ram Medical Supply", "ask Madan Rao")."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TitleWords:
    """Content's word lists about titled products and guarded titles, lower case."""

    full_name_titles: frozenset[str]  # "madan", "shri": a title only before a full name
    office_titles: frozenset[str]  # "rabbi", "prof": a patient's only with a case said beside
    public_titles: frozenset[str]  # "judge", "mayor": a patient's only with a patient's word
    office_jobs: frozenset[str]  # "executive": after a title of office, a job ("Chief Executive")
    products: tuple[tuple[str, ...], ...]  # ("mrs", "paul"), ("mr", "potato", "head")
    product_nouns: frozenset[str]  # "carafe", "soap": after a listed product's name
    character_nouns: frozenset[str]  # "costume", "movie": after a listed character's name
    product_places: re.Pattern[str]  # "break room", "kitchen": where a product is kept
    patient_words: frozenset[str]  # "copay", "deductible": a patient's bill, said beside it


def make_title_words(  # the lists as phi.yaml has them
    full_name_titles: list[str],
    office_titles: list[str],
    public_titles: list[str],
    office_jobs: list[str],
    products: list[str],
    product_nouns: list[str],
    character_nouns: list[str],
    product_places: list[str],
    patient_words: list[str],
) -> TitleWords:
    places = "|".join(re.escape(p.lower()) for p in sorted(product_places, key=len, reverse=True))
    return TitleWords(
        full_name_titles=frozenset(t.lower() for t in full_name_titles),
        office_titles=frozenset(t.lower() for t in office_titles),
        public_titles=frozenset(t.lower() for t in public_titles),
        office_jobs=frozenset(t.lower() for t in office_jobs),
        products=tuple(tuple(title_words(p)) for p in products),
        product_nouns=frozenset(w.lower() for w in product_nouns),
        character_nouns=frozenset(w.lower() for w in character_nouns),
        product_places=re.compile(rf"\b(?:{places})\b", re.IGNORECASE),
        patient_words=frozenset(w.lower() for w in patient_words),
    )


def title_words(text: str) -> list[str]:
    """Lower-case words, a possessive's "'s" and hyphens dropped: "Pac-Man's" -> pac, man."""
    return [w.removesuffix("'s").strip("'") for w in re.findall(r"[^\W\d_]+(?:'s?)?", text.lower())]
