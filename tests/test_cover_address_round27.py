"""Round 27: foreign registrants' addresses: a region before the country (a British county,
an Indian state, "Federative Republic of Brazil", Mexico's "D.F. 03900"), a region with no
street line, a house number printed before the street, Swedish postcodes, APO addresses."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_address import split_address

_PETROBRAS_STYLE_6K = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 6-K

                        REPORT OF FOREIGN PRIVATE ISSUER
                      PURSUANT TO RULE 13a-16 OR 15d-16 OF
                      THE SECURITIES EXCHANGE ACT OF 1934

                          For the month of March, 2011

                       Commission File Number 001-15106

                          TELEFONICA BRASIL S.A.
              (Exact name of registrant as specified in its charter)

           Av. Engenheiro Luiz Carlos Berrini, 1376, 32nd Floor
                 Sao Paulo, SP, 04571-936, Federative Republic of Brazil
                    (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports under cover
of Form 20-F or Form 40-F.

                     Form 20-F    X         Form 40-F
                              -------                -------
"""

_INFOSYS_STYLE_20F = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM 20-F

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended March 31, 2008

                        Commission file number 000-25383

                         INFOSYS TECHNOLOGIES LIMITED
            (Exact name of Registrant as specified in its charter)

                             Republic of India
                (Jurisdiction of incorporation or organization)

                       Electronics City, Hosur Road,
                 Bangalore 560 100, Karnataka, India
                   (Address of principal executive offices)

Securities registered or to be registered pursuant to Section 12(b) of the Act:
"""


def test_6k_brazil_federative_republic_keeps_city_and_state():
    reg = parse(_PETROBRAS_STYLE_6K.encode(), "6k.txt")["registrants"][0]
    assert reg["address"] == {
        "street": "Av. Engenheiro Luiz Carlos Berrini, 1376, 32nd Floor",
        "city": "Sao Paulo", "state": "SP", "zip": "04571-936"}


def test_20f_indian_state_before_country_is_the_state():
    reg = parse(_INFOSYS_STYLE_20F.encode(), "20f.txt")["registrants"][0]
    assert reg["address"] == {"street": "Electronics City, Hosur Road", "city": "Bangalore",
                              "state": "Karnataka", "zip": "560 100"}


@pytest.mark.parametrize(("text", "expected"), [
    # a British county before the country is the state, as Canada's province is
    ("Vodafone House, The Connection, Newbury, Berkshire RG14 2FN, England",
     ("Vodafone House, The Connection", "Newbury", "Berkshire", "RG14 2FN")),
    ("Milton Park, Abingdon, Oxfordshire, OX14 4RY, United Kingdom",
     ("Milton Park", "Abingdon", "Oxfordshire", "OX14 4RY")),
    ("Chertsey, Surrey KT16 9ET, England", (None, "Chertsey", "Surrey", "KT16 9ET")),
    ("Ballycoolin Business Park, Little Island, Co. Cork, Ireland",
     ("Ballycoolin Business Park", "Little Island", "Co. Cork", None)),
    # India: the PIN closing the city, or after the country
    ("Plot No. 2, Hitec City, Hyderabad 500 032, Telangana, India",
     ("Plot No. 2, Hitec City", "Hyderabad", "Telangana", "500 032")),
    ("Hinjewadi, Pune, Maharashtra, India 411057",
     ("Hinjewadi", "Pune", "Maharashtra", "411057")),
    # a region with no street line
    ("Toyota City, Aichi Prefecture, Japan", (None, "Toyota City", "Aichi Prefecture", None)),
    # Mexico's state after the city, its postcode after the dotted state
    ("Av. Insurgentes Sur 1605, Mexico City, D.F. 03900, Mexico",
     ("Av. Insurgentes Sur 1605", "Mexico City", "D.F.", "03900")),
    # a house number printed before the street, comma between
    ("5, rue Eugène Ruppert, L-1855 Luxembourg",
     ("5, rue Eugène Ruppert", "Luxembourg", None, "L-1855")),
    # Sweden's postcode in two groups before the city
    ("Stortorget 1, SE-111 29 Stockholm, Sweden",
     ("Stortorget 1", "Stockholm", "Sweden", "SE-111 29")),
    # an overseas military address: APO the city, AE the state
    ("Unit 1234, APO AE 09012", ("Unit 1234", "APO", "AE", "09012")),
])
def test_foreign_and_unusual_splits(text, expected):
    street, city, state, zip_code = expected
    assert split_address(text, None) == {
        "street": street, "city": city, "state": state, "zip": zip_code}

