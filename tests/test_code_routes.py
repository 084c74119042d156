"""An item text is NOC-routed once (flows/code_routes.py): asked again, or checked by another
step of the same answer, it gets the same NOC code and the same why, and the category it is asked
under still decides."""

from flows.all_content import Content
from flows.noc_routing import NocRouter


def test_an_item_routed_again_keeps_its_code_and_never_covered_why(content: Content) -> None:
    book = content.codes
    first = book.noc_for("stair lift for the pt home")
    again = book.noc_for("stair lift for the pt home")
    assert again == first
    assert book.never_covered_why(again)  # "Medicare may never cover ..." is still said


def test_the_category_asked_under_still_picks_the_noc_code(content: Content) -> None:
    book = content.codes
    assert book.noc_for("replacement strap").code == "A9999"
    assert book.noc_for("replacement strap", "orthotic").code == "L2999"
    assert book.noc_for("replacement strap").code == "A9999"


def test_routing_once_answers_as_routing_afresh(content: Content) -> None:
    router = content.codes._noc_router
    for text in ("stair lift for the pt home", "add a padded collar to the depth shoe"):
        assert router.route(text, None) == router.route(text, None)
        assert router.route(text, None) == NocRouter.route(router, text, None)
