"""Dates as applicants' papers write them, each in its context, with the post and the true date.

The lines are modelled on real papers brought to the posts named: Mexican and Colombian bank
letters and constancias, Brazilian declarações, Indian salary certificates and affidavits (in
English and Hindi), Chinese employment certificates, Vietnamese confirmations, Philippine
notarised affidavits, Nigerian bank statements; several carry a birth date, an issue date or
a period before the document's own date. ``date_reading`` tests and ``benchmarks/date_reading.py``
score readers on them: a reader is right when its document date is the true one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Dated:
    post: str
    text: str
    date: dt.date
    kind: str | None = None


D = dt.date
MEXICO, BOGOTA, BRASILIA = (
    "U.S. Embassy Mexico City",
    "U.S. Embassy Bogotá",
    "U.S. Embassy Brasília",
)
DELHI, MUMBAI = "U.S. Embassy New Delhi", "US Consulate General Mumbai"
BEIJING, HANOI, HCMC = (
    "U.S. Embassy Beijing",
    "U.S. Embassy Hanoi",
    "US Consulate General Ho Chi Minh City",
)
MANILA, LAGOS = "U.S. Embassy Manila", "US Consulate General Lagos"

DATES = (
    # Spanish
    Dated(
        MEXICO,
        "BANCO DEL NORTE S.A.\nCiudad de México, a 12 de marzo de 2024\nA quien corresponda:",
        D(2024, 3, 12),
    ),
    Dated(
        MEXICO,
        "CONSTANCIA DE TRABAJO\nGuadalajara, Jal., 5 de febrero del 2024\nSe hace constar que",
        D(2024, 2, 5),
    ),
    Dated(
        MEXICO,
        "Nombre: JUAN NÚÑEZ PEÑA\nFecha de nacimiento: 03/07/1990\nFecha: 04/06/2024",
        D(2024, 6, 4),
    ),
    Dated(
        MEXICO,
        "ESTADO DE CUENTA\nPeriodo: del 01/05/2024 al 31/05/2024\nFecha de corte: 31/05/2024",
        D(2024, 5, 31),
        "bank_statement",
    ),
    Dated(
        MEXICO, "Monterrey, N.L. a 1 de octubre de 2023\nPor medio de la presente", D(2023, 10, 1)
    ),
    Dated(MEXICO, "Oaxaca, Oax., 20-FEB-24\nConstancia de residencia", D(2024, 2, 20)),
    Dated(MEXICO, "Tijuana, B.C., 09/01/24\nAsunto: carta de recomendación", D(2024, 1, 9)),
    Dated(BOGOTA, "Bogotá D.C., 14 de agosto de 2023\nCERTIFICACIÓN LABORAL", D(2023, 8, 14)),
    Dated(
        BOGOTA,
        "CERTIFICADO BANCARIO\nCuenta abierta desde: 02/11/2019\nBogotá, 03 de noviembre de 2023",
        D(2023, 11, 3),
    ),
    Dated(
        BOGOTA,
        "Medellín, 7 de septiembre de 2023\nSeñores Embajada de los Estados Unidos",
        D(2023, 9, 7),
    ),
    Dated(BOGOTA, "Cali, 30-Dic-2023\nCarta laboral — vigente desde 01-Mar-2019", D(2023, 12, 30)),
    Dated("U.S. Embassy Lima", "Lima, 22 de julio de 2024\nConstancia de estudios", D(2024, 7, 22)),
    Dated(
        "U.S. Embassy Santo Domingo",
        "Santo Domingo, D.N.\n18/04/2024\nCertificación de ingresos",
        D(2024, 4, 18),
    ),
    # Brazilian Portuguese
    Dated(
        BRASILIA,
        "DECLARAÇÃO\nSão Paulo, 1º de março de 2024\nDeclaramos para os devidos fins",
        D(2024, 3, 1),
    ),
    Dated(
        BRASILIA,
        "Rio de Janeiro, 25 de novembro de 2023.\nÀ Embaixada dos Estados Unidos",
        D(2023, 11, 25),
    ),
    Dated(
        BRASILIA,
        "Nome: ANA SOUZA\nData de nascimento: 11/02/1995\nData de emissão: 05/03/2024",
        D(2024, 3, 5),
    ),
    Dated(
        BRASILIA,
        "EXTRATO BANCÁRIO\nPeríodo: 01/02/2024 a 29/02/2024\nEmitido em 01/03/2024",
        D(2024, 3, 1),
        "bank_statement",
    ),
    Dated(BRASILIA, "Porto Alegre, 10 de dezembro de 2023\nCarta de referência", D(2023, 12, 10)),
    Dated(BRASILIA, "Recife, 03 de junho de 2024\nCERTIDÃO", D(2024, 6, 3)),
    # India, English and Hindi
    Dated(
        DELHI,
        "SALARY CERTIFICATE\nDate: 05/03/2024\nThis is to certify that Mr. Rahul Sharma",
        D(2024, 3, 5),
    ),
    Dated(
        DELHI,
        "AFFIDAVIT\nI, Rahul Sharma, born on 12/08/1989, do hereby solemnly affirm\n"
        "Dated: 02.04.2024",
        D(2024, 4, 2),
    ),
    Dated(
        MUMBAI,
        "HDFC BANK\nStatement of account\nFrom 01/01/2024 To 31/03/2024\n31/03/24 CLOSING BALANCE",
        D(2024, 3, 31),
        "bank_statement",
    ),
    Dated(MUMBAI, "Ref: HR/2024/118\n7th February 2024\nTo whom it may concern", D(2024, 2, 7)),
    Dated(DELHI, "प्रमाण पत्र\nदिनांक: 15 मार्च 2024\nप्रमाणित किया जाता है कि", D(2024, 3, 15)),
    Dated(DELHI, "नई दिल्ली, 2 जनवरी 2024\nविषय: अनापत्ति प्रमाण पत्र", D(2024, 1, 2)),
    Dated(MUMBAI, "Place: Pune\nDate: 11-06-2024\nEmployee code 4471", D(2024, 6, 11)),
    Dated(
        "US Consulate General Chennai",
        "Chennai, 03/10/2023\nSub: Leave sanction letter",
        D(2023, 10, 3),
    ),
    # Chinese
    Dated(
        BEIJING,
        "在职证明\n兹证明张伟同志自2015年9月起在我公司工作。\n北京华信科技有限公司\n2024年3月12日",
        D(2024, 3, 12),
    ),
    Dated(
        BEIJING,
        "出生日期：1988年4月12日\n签发日期：2020年7月29日\n日期：2024年1月8日",
        D(2024, 1, 8),
    ),
    Dated(
        "US Consulate General Shanghai", "收入证明\n上海，2023年12月30日\n特此证明", D(2023, 12, 30)
    ),
    Dated(
        "US Consulate General Guangzhou",
        "Date: 2024-05-20\nCertificate of Employment\nZhang Wei",
        D(2024, 5, 20),
    ),
    Dated(BEIJING, "存款证明\n开具日期 2024 年 2 月 6 日\n账户余额", D(2024, 2, 6)),
    # Vietnamese
    Dated(
        HANOI,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 12 tháng 3 năm 2024\nGIẤY XÁC NHẬN",
        D(2024, 3, 12),
    ),
    Dated(HCMC, "TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2024\nXÁC NHẬN CÔNG TÁC", D(2024, 1, 5)),
    Dated(HANOI, "Ngày sinh: 20/10/1992\nNgày cấp: 15/06/2021\nNgày: 08/04/2024", D(2024, 4, 8)),
    Dated(
        HCMC,
        "Ho Chi Minh City, 04/02/2024\nCONFIRMATION OF EMPLOYMENT\nNguyen Van Thang",
        D(2024, 2, 4),
    ),
    # Philippines (month first)
    Dated(
        MANILA,
        "CERTIFICATE OF EMPLOYMENT\nDate: 04/05/2024\nThis certifies that Maria Santos",
        D(2024, 4, 5),
    ),
    Dated(
        MANILA,
        "AFFIDAVIT OF SUPPORT\n"
        "SUBSCRIBED AND SWORN to before me this 12th day of March, 2024 in Makati City",
        D(2024, 3, 12),
    ),
    Dated(
        MANILA, "March 8, 2024\nThe Consul\nEmbassy of the United States of America", D(2024, 3, 8)
    ),
    Dated(
        MANILA,
        "BDO Statement\nStatement Date: 02/29/2024\nPeriod covered 02/01/2024 - 02/29/2024",
        D(2024, 2, 29),
        "bank_statement",
    ),
    # Nigeria and other English-writing day-first posts
    Dated(
        LAGOS,
        "GUARANTY TRUST BANK\nStatement Date: 05/04/2024\nPeriod: 01/01/2024 to 31/03/2024",
        D(2024, 4, 5),
        "bank_statement",
    ),
    Dated(LAGOS, "LETTER OF INTRODUCTION\n3rd April, 2024\nThe Consular Section", D(2024, 4, 3)),
    Dated("U.S. Embassy Abuja", "Date: 09-07-24\nRe: Confirmation of employment", D(2024, 7, 9)),
    Dated("U.S. Embassy Accra", "Accra, 1st June 2024\nTo the Consular Officer", D(2024, 6, 1)),
    Dated(
        "U.S. Embassy Nairobi",
        "Date of birth 04/03/1991\nDate 06/03/2024\nKENYA COMMERCIAL BANK",
        D(2024, 3, 6),
    ),
    Dated(
        "U.S. Embassy London", "12.03.2024\nDear Sir or Madam,\nRe: Mr John Smith", D(2024, 3, 12)
    ),
    # Two-digit years and short forms
    Dated("U.S. Embassy Islamabad", "Dated: 15/01/24\nNo objection certificate", D(2024, 1, 15)),
    Dated("U.S. Embassy Dhaka", "Date: 23-Jan-24\nEmployment verification", D(2024, 1, 23)),
    Dated(MEXICO, "Fecha: 05-ABR-24\nRecibo de nómina", D(2024, 4, 5)),
    Dated("U.S. Embassy Ottawa", "Date: 2024-04-03\nTo whom it may concern", D(2024, 4, 3)),
)
