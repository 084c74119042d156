"""A finished intake's answers as the contract's claim file."""

from __future__ import annotations

from collections.abc import Callable

from flows.intake import IntakeAnswers
from flows.models import DOCUMENT_IDS, Claim

NOT_REQUIRED = "not_required"  # the payer said no prior authorization is needed


def to_claim(
    answers: IntakeAnswers,
    candidates_reviewed: list[str] | None = None,
    noc_code: str | None = None,
    wording: Callable[[str], str] | None = None,
) -> Claim:
    """Turns finished intake answers into the contract's claim file. The payer's word that no
    prior authorization is needed has no document status in the file: it goes in the
    description as a note (`wording` of messages.yaml), read by the checklist like a request's
    "PA not required per rep" and kept out of the narrative."""
    documents = {doc: answers.documents.get(doc, "unknown") for doc in DOCUMENT_IDS}
    description = answers.item_description or "item"
    if documents["prior_authorization"] == NOT_REQUIRED:
        documents["prior_authorization"] = "unknown"
        if wording is not None:
            note = wording("claim_note_prior_authorization_not_required")
            description = description.rstrip(" .;,") + note
    picked = answers.code_check if answers.code_check not in (None, "none") else None
    return Claim.model_validate(
        {
            "payer": {
                "type": answers.payer_type or "other",
                "name": answers.payer_name,
                "state": answers.beneficiary_state,
            },
            "item": {
                "description": description,
                "category": answers.item_category or "equipment",
                "manufacturer": answers.manufacturer,
                "model": answers.model,
                "quantity": answers.quantity or 1,
                "unit_price": answers.unit_price,
                "acquisition": answers.billed_acquisition,
                "base_item_code": answers.base_item_code,
                "repair_of_code": answers.repair_of_code,
                "repair_of_purchased": answers.repair_of_purchased,
                "labor_minutes": answers.labor_minutes,
                "replacement_reason": answers.replacement_reason,
                "rental_month": answers.rental_month,
            },
            "code_check": {
                "searched": answers.code_check is not None,
                "chosen_code": picked or noc_code or "E1399",
                "candidates_reviewed": candidates_reviewed or [],
            },
            "date_of_service": answers.date_of_service,
            "documents": documents,
            "prior_authorization_number": answers.prior_authorization_number,
            "expect_medicare_denial": answers.expect_medicare_denial == "yes",
            "denial_reason": answers.denial_reason,
            "claim": {
                "status": answers.claim_status or "not_submitted",
                "submitted_on": answers.submitted_on,
                "determination_date": answers.determination_date,
                "denial_codes": answers.denial_codes or [],
            },
        }
    )
