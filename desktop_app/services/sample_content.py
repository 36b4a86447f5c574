"""The documents of the bundled sample case: fictional, but shaped like the real ones.

Everything is drawn here so the sample can be rebuilt byte for byte (reportlab's invariant mode,
fixed Pillow settings): a yellow 221(g) slip with ticked boxes, an employment letter, a bank
statement, a photographed marriage certificate and an email from the consulate. Names, numbers and
addresses are invented.
"""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from email.utils import format_datetime

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

POST = "U.S. Embassy Manila"
SLIP_ITEMS = (
    (True, "Employment verification letter stating position, salary and approved leave"),
    (True, "Bank statements for the last six (6) months"),
    (False, "Police clearance certificate"),
    (True, "Marriage certificate (PSA copy)"),
    (False, "Medical examination results"),
    (False, "Updated DS-160 confirmation page"),
)


def slip_221g_pdf() -> bytes:
    """A one-page 221(g) refusal slip as handed over at the window, three boxes ticked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=1)
    width, height = LETTER
    c.setFillColorRGB(1.0, 0.97, 0.78)
    c.rect(0, 0, width, height, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(width / 2, height - 60, "U.S. EMBASSY MANILA — CONSULAR SECTION")
    c.setFont("Helvetica", 10)
    c.drawCentredString(width / 2, height - 76, "Date: 18-Aug-2026")
    c.drawString(
        60, height - 110, "Name: MARIA L. SANTOS          Case Number / Application ID: AA00B7QPGN"
    )
    text = c.beginText(60, height - 140)
    text.setFont("Helvetica", 10)
    for line in (
        "Your visa application is refused under Section 221(g) of the U.S. Immigration and",
        "Nationality Act. Please submit the documents marked below within one year of the date",
        "of this letter. If you do not submit them within one year, your application will be",
        "finally refused and you will need to apply again and pay a new fee.",
    ):
        text.textLine(line)
    c.drawText(text)
    y = height - 220
    for ticked, label in SLIP_ITEMS:
        c.rect(60, y - 2, 10, 10)
        if ticked:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(61.5, y - 0.5, "X")
        c.setFont("Helvetica", 10)
        c.drawString(80, y, label)
        y -= 22
    c.drawString(
        60, y - 20, "Submit by: visa application center drop-off, with this letter on top."
    )
    c.drawString(60, y - 50, "Consular Officer: ____________________")
    c.showPage()
    c.save()
    return buf.getvalue()


def employment_letter_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    _letter(
        c,
        "HARBOURVIEW LOGISTICS INC.",
        "2 September 2026",
        [
            "TO THE CONSULAR OFFICER, U.S. EMBASSY MANILA",
            "",
            "This is to certify that Ms. Maria L. Santos has been employed by Harbourview",
            "Logistics Inc. since 3 March 2017 and currently holds the position of Senior",
            "Operations Analyst, with a monthly salary of PHP 85,000.",
            "",
            "Ms. Santos has been granted leave from 10 to 24 October 2026 and is expected to",
            "resume her duties on 26 October 2026.",
            "",
            "Sincerely,",
            "",
            "Rosa T. Villanueva, Head of Human Resources",
        ],
    )
    c.save()
    return buf.getvalue()


def bank_statement_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    balance = 412_350.00
    for month in ("March", "April", "May", "June", "July", "August"):
        lines = [f"Statement period: 1-31 {month} 2026", "Account holder: MARIA L. SANTOS", ""]
        for day, (what, amount) in enumerate(
            (("Salary credit", 85_000.0), ("Rent", -18_000.0), ("Utilities", -4_210.5)), start=1
        ):
            balance += amount
            lines.append(
                f"{day * 7:>2} {month[:3]} 2026   {what:<20} {amount:>12,.2f}  {balance:>14,.2f}"
            )
        _letter(c, "PACIFIC UNION BANK — STATEMENT OF ACCOUNT", f"{month} 2026", lines)
    c.save()
    return buf.getvalue()


def marriage_certificate_jpeg() -> bytes:
    """A phone photo of a certificate: off-white paper, slight blur, 150 dpi."""
    width, height = 1240, 1754
    img = Image.new("RGB", (width, height), (236, 232, 220))
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=34)
    small = ImageFont.load_default(size=26)
    draw.rectangle((40, 40, width - 40, height - 40), outline=(90, 70, 40), width=6)
    draw.text(
        (width / 2, 160), "CERTIFICATE OF MARRIAGE", fill=(40, 30, 20), font=font, anchor="mm"
    )
    rows = (
        "Husband: JOSE M. SANTOS",
        "Wife: MARIA L. SANTOS (nee REYES)",
        "Date of marriage: 14 February 2015",
        "Place of marriage: Quezon City, Philippines",
        "Registry number: 2015-00418",
    )
    for n, row in enumerate(rows):
        draw.text((140, 320 + n * 70), row, fill=(30, 30, 30), font=small)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=82, dpi=(150, 150), optimize=False)
    return out.getvalue()


def consulate_email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Consular Section Manila <support-manila@example.org>"
    msg["To"] = "maria.santos@example.com"
    msg["Subject"] = "Your visa application AA00B7QPGN - documents received"
    msg["Date"] = format_datetime(dt.datetime(2026, 9, 9, 10, 15, tzinfo=dt.UTC))
    msg["Message-ID"] = "<sample-0001@example.org>"
    msg.set_content(
        "Dear Applicant,\n\n"
        "We confirm receipt of the documents for application AA00B7QPGN. Your case is\n"
        "undergoing administrative processing. Processing times vary; please do not inquire\n"
        "before 60 days have passed.\n\n"
        "Consular Section, U.S. Embassy Manila\n"
    )
    return bytes(msg)


def _letter(c: Canvas, heading: str, date_line: str, lines: list[str]) -> None:
    width, height = c._pagesize
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 70, heading)
    c.setFont("Helvetica", 10)
    c.drawRightString(width - 60, height - 100, date_line)
    text = c.beginText(60, height - 140)
    text.setFont("Courier" if any("  " in ln for ln in lines) else "Helvetica", 10)
    for line in lines:
        text.textLine(line)
    c.drawText(text)
    c.showPage()
