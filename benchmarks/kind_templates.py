"""The texts ``kind_corpus`` labels: how each kind of document reads, post by post.

Written from what applicants report and posts publish; the hard ones on purpose — the emails and
instruction sheets that discuss a 221(g) refusal, an applicant's own cover letter quoting it, a
slip whose only words are its heading and tick boxes.
"""

from __future__ import annotations

from collections.abc import Callable

POSTS = (
    ("U.S. Embassy Manila", "yellow"),
    ("U.S. Consulate General Mumbai", "blue"),
    ("U.S. Embassy New Delhi", "white"),
    ("U.S. Consulate General Lagos", "pink"),
    ("U.S. Consulate General Ho Chi Minh City", "green"),
    ("U.S. Consulate General Guangzhou", "white"),
    ("U.S. Embassy Islamabad", "pink"),
    ("U.S. Embassy Bogota", "blue"),
)
ITEMS = (
    "Employment verification letter stating position and salary",
    "Bank statements for the last six (6) months",
    "Police clearance certificate",
    "Marriage certificate",
    "Copies of all previous passports and visas",
    "Updated resume / CV",
    "Travel history for the last ten years",
)


def _boxes(ticked: set[int], tick: str = "[X]", empty: str = "[ ]") -> str:
    return "\n".join(f"{tick if n in ticked else empty} {item}" for n, item in enumerate(ITEMS))


def slips() -> list[str]:
    """221(g) notices: tick-box slips, letter-style notices, administrative-processing slips."""
    found = []
    for n, (post, colour) in enumerate(POSTS):
        head = f"{post.upper()}\nCONSULAR SECTION\nDate: {10 + n}-Aug-2026"
        who = f"Name: APPLICANT {n}        Application ID: AA00B7QP{n:02d}"
        if n % 4 == 0:
            found.append(
                f"{head}\n{who}\nYour visa application is refused under Section 221(g) of the "
                "U.S. Immigration and Nationality Act. Please submit the documents marked below "
                "within one year of the date of this letter.\n"
                f"{_boxes({0, 1, n % 7})}\nSubmit by: visa application center drop-off."
            )
        elif n % 4 == 1:
            found.append(
                f"{head}\nNOTICE UNDER SECTION 221(g) OF THE IMMIGRATION AND NATIONALITY ACT\n{who}"
                "\nThis is to inform you that your visa application has been refused under "
                "section 221(g). Your case requires administrative processing. You do not need "
                "to take any action unless contacted.\n"
                "(X) Your case requires administrative processing\n"
                "( ) Please submit the additional documents listed below"
            )
        elif n % 4 == 2:
            found.append(
                f"{head}\n{who}\n221(g)\n{_boxes({1, 4}, tick='☒', empty='☐')}\n"
                "Bring this form with you when you return your documents."
            )
        else:
            found.append(
                f"{head}\nDear Applicant:\nThe consular officer has determined that your case "
                "is refused under Section 221(g) of the Immigration and Nationality Act, "
                "because additional information is needed. Please return this letter with "
                "the items checked below.\n"
                f"{_boxes({2, 5})}\nThis is not a final decision. ({colour} form)"
            )
    return found


def _headers(post: str, subject: str, when: str) -> str:
    city = post.rsplit(maxsplit=1)[-1].lower()
    return (
        f"From: Consular Section {post} <support-{city}@example.org>\n"
        f"To: applicant@example.com\nSubject: {subject}\nSent: {when}\n\n"
    )


def email_bodies() -> list[str]:
    """Consulate emails as imported: the body, with the headers kept apart."""
    return [
        "Dear Applicant,\n\nYour visa application was refused under Section 221(g) on 18 August "
        "2026. Please send the following documents:\n1. Bank statements for six months\n"
        "2. Police clearance\nPlease do not reply to this email.\nConsular Section",
        "Dear Applicant,\n\nWe confirm receipt of the documents requested under 221(g) for "
        "application AA00B7QPGN. Your case is undergoing administrative processing; please do "
        "not inquire before 60 days have passed.\nU.S. Embassy Manila",
        "Dear Visa Applicant,\nYour 221(g) administrative processing is complete. Please submit "
        "your passport at the visa application center within 30 days. The attached "
        "instructions explain how to submit your passport.\nThis email address is not monitored.",
    ]


def emails() -> list[str]:
    """Consulate emails printed or saved with their headers."""
    posts = [post for post, _ in POSTS]
    return [
        _headers(posts[0], "Your 221(g) documents", "9 September 2026 10:15")
        + "Dear Applicant,\nThis email confirms that the documents you submitted in response to "
        "your 221(g) refusal were received. Your application was refused under section 221(g) "
        "of the INA and remains under review.\nConsular Section",
        _headers(posts[1], "Request for additional documents - Section 221(g)", "2 Oct 2026")
        + "Dear Applicant,\nYour case is refused under Section 221(g) of the Immigration and "
        "Nationality Act pending the documents below. Please reply to this message with:\n"
        "- Updated resume\n- Travel history\nRegards,\nNonimmigrant Visa Unit",
        _headers(posts[3], "Passport request", "14 Nov 2026")
        + "Dear Applicant,\nAdministrative processing of your case is now complete. Please "
        "submit your passport. Do not reply to this email.",
        _headers(posts[4], "RE: 221(g) status inquiry", "3 Dec 2026")
        + "Dear Sir/Madam,\nThank you for your inquiry. Your case remains in administrative "
        "processing under 221(g). Processing times vary.\nThis message was sent from an "
        "unmonitored mailbox.",
        _headers(posts[6], "Interview outcome", "5 Jan 2027")
        + "Dear Applicant,\nFollowing your interview, the consular officer refused your "
        "application under section 214(b). This email is for your records.",
    ]


def instructions() -> list[str]:
    return [
        "INSTRUCTIONS FOR APPLICANTS REFUSED UNDER SECTION 221(g)\nIf you were refused under "
        "Section 221(g) and asked to submit additional documents, please follow these steps:\n"
        "Step 1: Gather the documents marked on your 221(g) letter.\nStep 2: Place the original "
        "221(g) letter on top.\nStep 3: Drop them off at the visa application center.",
        "221(g) Document Submission Guidelines\nHow to submit your documents\nApplicants who "
        "were refused under Section 221(g) may submit documents by courier. What to bring:\n"
        "- your passport\n- the 221(g) slip\n- the requested documents in a sealed envelope",
        "Guidelines for submitting additional documents\n[ ] Original 221(g) letter\n"
        "[ ] Passport\n[ ] Requested documents in the order listed\n[ ] Copy of DS-160 "
        "confirmation page\nApplicants refused under 221(g) of the INA should not book a new "
        "appointment.",
        "Frequently asked questions: 221(g)\nWhat is a 221(g) refusal? Applicants who are "
        "refused under section 221(g) have not received a final decision. Those refused under "
        "221(g) for administrative processing need not send documents.",
    ]


def employment_letters() -> list[str]:
    return [
        "HARBOURVIEW LOGISTICS INC.\n2 September 2026\nTO THE CONSULAR OFFICER\nThis is to "
        "certify that Ms. Maria L. Santos has been employed by Harbourview Logistics since "
        "2017 as Senior Analyst with a monthly salary of PHP 85,000.\nSincerely,",
        "EMPLOYMENT VERIFICATION\nTo whom it may concern,\nMr. Rahul Mehta is employed with "
        "Infotek Solutions Pvt Ltd as Lead Engineer since 2019. He has been granted leave from "
        "10 to 24 October 2026, as requested under his 221(g) letter.",
        "CERTIFICATE OF EMPLOYMENT\nThis certifies that Nguyen Van An has been employed by "
        "Saigon Textiles as Production Manager from March 2015 to present.",
    ]


def letters() -> list[str]:
    """Documents that are none of the named kinds: a cover letter quoting the refusal, a DS-160
    confirmation page (a passport's words without being one), an invitation."""
    return [
        "Maria L. Santos\n12 Rizal Street, Quezon City\n5 September 2026\nTo the Consular "
        "Officer, U.S. Embassy Manila\nRe: Documents requested under Section 221(g)\nDear Sir "
        "or Madam,\nMy application was refused under Section 221(g) of the Immigration and "
        "Nationality Act on 18 August 2026. Enclosed please find the documents requested.\n"
        "Sincerely,",
        "Online Nonimmigrant Visa Application (DS-160)\nConfirmation Page\nApplication ID "
        "AA00B7QPGN\nSurnames: SANTOS Given Names: MARIA LUZ Sex: F\nNationality: PHILIPPINES "
        "Passport/Travel Document Number: P4821937A\nDate of birth: 12 APR 1988",
        "INVITATION LETTER\nDear Consular Officer,\nI am pleased to invite my brother to attend "
        "my graduation in Boston on 20 May 2027. He will stay with me.\nSincerely, Ana Reyes",
    ]


def bank_statements() -> list[str]:
    return [
        "PACIFIC UNION BANK - STATEMENT OF ACCOUNT\nStatement period: 1-31 March 2026\n"
        "Account holder: MARIA L. SANTOS\n07 Mar 2026 Salary credit 85,000.00 497,350.00",
        "STATE BANK OF INDIA\nAccount Statement\nAccount No.: 30012345678\nOpening Balance "
        "2,10,000.00\n05-04-2026 NEFT SALARY 1,20,000.00\nClosing Balance 3,30,000.00",
        "Vietcombank\nAccount statement from 01/05/2026 to 31/05/2026\nAccount holder: NGUYEN "
        "VAN AN\nOpening balance 120,000,000 VND",
    ]


def certificates() -> dict[str, list[str]]:
    return {
        "police_certificate": [
            "NBI CLEARANCE\nThis is to certify that the person whose name appears hereon has no "
            "derogatory record on file as of 01 September 2026.",
            "POLICE CLEARANCE CERTIFICATE\nIssued by the Police Department, Lagos State.\nNo "
            "criminal record was found against the holder.",
        ],
        "civil_document": [
            "CERTIFICATE OF MARRIAGE\nHusband: JOSE M. SANTOS\nWife: MARIA L. SANTOS\nDate of "
            "marriage: 14 February 2015\nRegistry number: 2015-00418",
            "CERTIFICATE OF LIVE BIRTH\nName of child: LUIS SANTOS\nDate of birth: 3 June 2018"
            "\nPlace of birth: Quezon City",
        ],
        "medical": [
            "MEDICAL EXAMINATION REPORT\nPanel physician: Dr. A. Cruz, St. Luke's Medical "
            "Center\nExamination date: 2 October 2026\nVaccination record attached.",
        ],
    }


def passports() -> list[str]:
    return [
        "REPUBLIKA NG PILIPINAS PASSPORT\nType P Code PHL Passport No. P4821937A\nSurname "
        "SANTOS Given names MARIA LUZ Nationality FILIPINO\nDate of birth 12 APR 1988 Sex F\n"
        "P<PHLSANTOS<<MARIA<LUZ<<<<<<<<<<<<<<<<<<<<<<\nP4821937A7PHL8804124F3007288<<<<<<<<<<<<<<04",
        "REPUBLIC OF INDIA\nPassport No. Z1234567\nSurname MEHTA Given names RAHUL\nNationality "
        "INDIAN Sex M Date of expiry 01/01/2030\nP<INDMEHTA<<RAHUL<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        "Z1234567<8IND9001011M3001015<<<<<<<<<<<<<<02",
        "SOCIALIST REPUBLIC OF VIET NAM\nHO CHIEU / PASSPORT\nSurname NGUYEN Given names VAN AN"
        "\nPlace of birth HA NOI Date of issue 03/03/2020\nP<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<"
        "<<\nC0123456<1VNM8503030M3003031<<<<<<<<<<<<<<06",
    ]


def refusals_214b() -> list[str]:
    return [
        "U.S. EMBASSY NEW DELHI\nYou have been found ineligible for a nonimmigrant visa under "
        "Section 214(b) of the Immigration and Nationality Act. You have not demonstrated that "
        "you have strong ties to your home country.",
        "U.S. CONSULATE GENERAL LAGOS\nWe regret that we are unable to issue you a visa. You "
        "did not demonstrate that your activities in the United States would be consistent with "
        "the visa category; your application is refused under section 214(b).",
    ]


def tracking_pages() -> list[str]:
    return [
        "Passport tracking\nYour passport has been received from the consular section and is "
        "being processed for delivery. If you received a 221(g) slip, follow its instructions.",
        "Visa application center\nStatus: ready for pickup at the Mumbai VAC. Bring your "
        "221(g) document drop-off receipt.",
    ]


def dropoff_forms() -> list[str]:
    """A visa application center's drop-off form: tick boxes, but filled by the applicant."""
    return [
        "VISA APPLICATION CENTER - DOCUMENT DROP-OFF FORM\nGuidelines for submitting this "
        "form: tick what you are handing over.\n[X] Documents requested under 221(g)\n"
        "[ ] Passport\n[X] Original 221(g) letter\n[ ] Photographs\nApplicant signature",
    ]


def ceac_pages() -> list[str]:
    return [
        "Visa Status Check\nApplication ID or Case Number: AA00B7QPGN\nCase Created: "
        "28-Jul-2026\nCase Last Updated: 12-Aug-2026\nRefused\nA U.S. consular officer has "
        "adjudicated and refused your visa application.",
        "Immigrant Visa (IV)\nCase Number: MNL2023768001\nCase Last Updated: 02-Feb-2027\nAt "
        "NVC\nYour case is at the National Visa Center.",
    ]


OTHERS: dict[str, Callable[[], list[str]]] = {
    "employment_letter": employment_letters,
    "other": letters,
    "bank_statement": bank_statements,
    "passport_copy": passports,
    "refusal_214b": refusals_214b,
    "ceac_status": ceac_pages,
    "passport_tracking": tracking_pages,
    "instructions": lambda: [*instructions(), *dropoff_forms()],
    **{kind: (lambda texts=texts: texts) for kind, texts in certificates().items()},
}
