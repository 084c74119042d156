"""The schema of the PHI guard's word lists (content/rules/phi.yaml), checked when it is read."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field, HttpUrl

from flows.phi_patient_context import PatientContextWords


class OfficeTalkWords(BaseModel):
    """The office's own talk (flows/phi_office_talk.py)."""

    office_words: list[str]  # "loading dock", "credit memo": a message about the office itself
    business_trades: list[str]  # "funeral", "plumbing": a business named by its trade
    mail_subject_words: list[str]  # "denials", "RMA": a mail's subject about the team's work
    staff_away_words: list[str]  # "if urgent": a colleague's own number or mail while away
    colleague_acts: list[str]  # "is out", "has it": a colleague's work said after a name
    colleague_questions: list[str]  # "asked whether": a colleague's question about billing
    case_status_words: list[str]  # "hospice since", "deceased": a patient's, asked about
    business_site_words: list[str]  # "back dock": a business's address or phone beside
    rep_verbs: list[str]  # "approved", "says": a firm's representative acting for it
    residence_words: list[str]  # "manor", "assisted": a place where patients live
    residence_staff_words: list[str]  # "DON", "front desk": someone working at one
    holder_acts: list[str]  # "has it", "is on it": the colleague holding a case, named before
    holder_acts_not_before: list[str]  # "on file", "too": what is held, not who holds a case
    desk_acts: list[str]  # "on the phones", "ext": a colleague's desk work, named before
    own_case_words: list[str]  # "home", "past due": a person's own line or account, said
    books_words: list[str]  # "remit", "clearinghouse": the office's own books
    own_value_words: list[str]  # "our", "billing provider": a value said to be the office's
    own_value_not_with: list[str]  # "lives", "caregiver": someone's home or a person on the case
    practice_places: list[str]  # "office", "clinic": "call her office" is a practice's line


class ReviewedValues(BaseModel):
    """Values a standard or a form fixes, with where they come from and when a person checked
    them."""

    values: list[str] = Field(min_length=1)
    source: str = Field(min_length=1)
    last_reviewed: dt.date


class PhiRulesFile(BaseModel):
    version: int
    last_reviewed: dt.date
    sources: list[HttpUrl]
    name_cues: list[str]
    relative_words: list[str]
    name_labels: list[str]
    spelled_name_labels: list[str]
    name_query_keys: list[str]
    glued_labels: list[str]
    former_patient_words: list[str]
    name_titles: list[str]
    name_titles_before_full_name: list[str]
    name_titles_of_office: list[str]
    name_titles_of_public_office: list[str]
    office_title_jobs: list[str]
    name_titles_other_scripts: list[str]
    name_titles_glued: list[str]
    name_titles_after: list[str]
    name_titles_after_east_asian: list[str]
    east_asian_title_nouns: list[str]
    east_asian_clinician_titles: list[str]
    east_asian_clinician_words: list[str]
    titled_products: list[str]
    titled_product_nouns: list[str]
    titled_character_nouns: list[str]
    titled_product_places: list[str]
    titled_patient_words: list[str]
    not_names: list[str]
    everyday_words: list[str]
    body_parts: list[str]
    dob_cues: list[str]
    dob_cues_also_billing: list[str]
    dob_words_after_date: list[str]
    other_date_words: list[str]
    old_date_not_birth_words: list[str]
    celebration_words: list[str]
    team_talk_patient_words: list[str]
    chat_header_visit_words: list[str]
    chat_tools: list[str]
    staff_departments: list[str]
    meeting_people_labels: list[str]
    app_author_labels: list[str]
    app_author_bracket_labels: list[str]
    patient_context: PatientContextWords
    office_talk: OfficeTalkWords
    staff_table_columns: list[str]
    birth_subjects_not_people: list[str]
    ssn_cues: list[str]
    ssn_last_four_words: list[str]
    ssn_cues_beside_last_four: list[str]
    ssn_last_four_joiners: list[str]
    ssn_last_four_words_also_dates: list[str]
    ssn_number_cues: list[str]
    rrb_cues: list[str]
    rrb_prior_auth_words: list[str]
    area_code_words: list[str]
    mbi_first_four_words: list[str]
    mbi_last_five_words: list[str]
    hicn_cues: list[str]
    mbi_cues: list[str]
    mrn_cues: list[str]
    record_person_words: list[str]
    record_number_words: list[str]
    record_person_words_also_business: list[str]
    mrn_cues_also_claim: list[str]
    veteran_words: list[str]
    claim_context_words: list[str]
    quantity_units: list[str]
    x12_loop_numbers: list[str]
    x12_words: list[str]
    x12_phone_qualifiers: ReviewedValues  # "PER*IC*JANE DOE*TE*4015550123": a phone follows
    x12_free_text_segments: ReviewedValues  # NTE, MSG: a note's text is anyone's
    abn_form_names: ReviewedValues  # "ABN", "CMS-R-131"
    record_systems: list[str]
    record_system_words: list[str]
    shared_account_cues: list[str]
    member_id_cues: list[str]
    plan_names: list[str]
    public_programs: ReviewedValues  # every state's and territory's Medicaid and CHIP programs
    public_programs_with_number_word: ReviewedValues  # "the Alliance": only "Alliance # ..."
    plan_number_words: list[str]
    phone_cues: list[str]
    contact_person_after: list[str]
    address_cues: list[str]
    address_labels: list[str]
    billing_number_words: list[str]
    appeal_number_words: list[str]
    product_number_words: list[str]
    serial_words: list[str]
    mbi_serial_words: list[str]
    mbi_sentence_words: list[str]
    mbi_claim_words: list[str]
    likeness_words: list[str]
    shown_value_words: list[str]
    ssn_last_four_labels: list[str]
    mbi_other_labels: list[str]
    product_number_phrases: list[str]
    mbi_label_phrases: list[str]
    placeholder_words: list[str]
    placeholder_dates: list[str]
    placeholder_names: list[str]
    test_name_prefixes: list[str]
    business_area_codes: list[str]
    business_words: list[str]
    own_contact_labels: list[str]  # "call us at": the office's own phone or address next
    phone_line_words: list[str]
    personal_words: list[str]
    role_mailboxes: list[str]
    desk_mailboxes: list[str]
    whole_desk_mailboxes: list[str]  # "cs": a desk's only as the whole mailbox
    mail_domain_words: list[str]
    mail_providers: list[str]
    mail_stand_ins: list[str]
    mail_domain_endings: list[str]
    first_names: list[str]
    company_words: list[str]
    clinician_words: list[str]
    brand_names: list[str]
    firm_names: list[str]  # "Edward Jones": a firm named like a person
    firm_talk: list[str]  # "invoice", "rep": what an office does with a firm
    first_name_brands: list[str]
    surname_endings: list[str]
    place_words: list[str]
    public_place_words: list[str]
    public_place_modifiers: list[str]
    public_place_proper_words: list[str]  # "House": a place's word only capitalised
    person_named_towns: list[str]  # "John Day": a town named like a person
    town_use_words: list[str]  # "tech", "run": the office's business in a town
    writer_tag_words: list[str]  # "desk", "note": a writer's tag's words beside a job
    place_names: list[str]
    place_name_ends: list[str]
    colleague_before: list[str]
    greeting_words: list[str]
    greeted_colleague_acts: list[str]
    colleague_before_title: list[str]
    staff_notice_words: list[str]
    staff_roles: list[str]
    staff_before_name: list[str]
    staff_named_before: list[str]
    staff_heads_of: list[str]
    surname_case_nouns: list[str]
    surname_vendor_nouns: list[str]
    clinical_work_words: list[str]
    east_asian_surname_starts: list[str]
    verbs_after_name: list[str]
    acted_on_verbs: list[str]
    clinician_jobs: list[str] = []
    surname_alone_verbs: list[str]
    surname_verb_helpers: list[str]
    surname_question_words: list[str]
    surname_work_verbs: list[str]
    surname_work_person_words: list[str]
    surname_work_pronouns: list[str]
    surname_person_nouns: list[str]
    surname_item_case_words: list[str]
    code_question_words: list[str]
    patient_title_words: list[str]
    street_place_after: list[str]
    place_heads: list[str]
    staff_workplace_words: list[str]
    store_stock_words: list[str]
    office_tray_words: list[str]
    business_street_words: list[str]
    island_street_words: list[str]
    island_zip_prefixes: list[str]
    island_who_via_words: list[str]
    island_staff_before_words: list[str]
    company_label_words: list[str]
    company_team_words: list[str]
    company_talk_words: list[str]
    said_patient_next_words: list[str]
    condition_eponyms: list[str]
    product_nouns: list[str]
    item_nouns: list[str]
    owned_case_nouns: list[str]
    clinician_roles: list[str]
    colleague_after: list[str]
    structured_keys: dict[str, list[str]]
    structured_inner_keys: list[str]
    structured_shared_keys: list[str]
    structured_patient_words: list[str]
    structured_business_keys: list[str]
