"""The registrant's telephone from the SGML header's BUSINESS PHONE, which EDGAR prints as bare
digits ("7812375100", "85221234567"), written as covers print it: a US (North American) number
"(781) 237-5100", its country code kept "+1 (441) 295-1422"; a number led by the calling code of
the address's country "+852 21234567" (the rest as printed: its grouping is not known)."""

from __future__ import annotations

from ..regex_cache import compiled

_NON_DIGIT = compiled(r"\D")

# The calling codes of the places outside the North American plan, by the names the header's
# place codes are spelt out to (header_fields.place_name); places with none are left out.
_CODE_TABLE = (
    "Afghanistan=93|Aland Islands=358|Albania=355|Algeria=213|Andorra=376|Angola=244|"
    "Argentina=54|Armenia=374|Aruba=297|Australia=61|Austria=43|Azerbaijan=994|Bahrain=973|"
    "Bangladesh=880|Belarus=375|Belgium=32|Belize=501|Benin=229|Bhutan=975|Bolivia=591|"
    "Bosnia and Herzegovina=387|Botswana=267|Brazil=55|British Indian Ocean Territory=246|"
    "Brunei=673|Bulgaria=359|Burkina Faso=226|Burundi=257|Cambodia=855|Cameroon=237|"
    "Cape Verde=238|Central African Republic=236|Chad=235|Chile=56|China=86|"
    "Christmas Island=61|Cocos (Keeling) Islands=61|Colombia=57|Comoros=269|Congo=242|"
    "Democratic Republic of the Congo=243|Cook Islands=682|Costa Rica=506|Cote d'Ivoire=225|"
    "Croatia=385|Cuba=53|Cyprus=357|Czech Republic=420|Denmark=45|Djibouti=253|Ecuador=593|"
    "Egypt=20|El Salvador=503|Equatorial Guinea=240|Eritrea=291|Estonia=372|Ethiopia=251|"
    "Falkland Islands=500|Faroe Islands=298|Fiji=679|Finland=358|France=33|French Guiana=594|"
    "French Polynesia=689|Gabon=241|Gambia=220|Georgia=995|Germany=49|Ghana=233|Gibraltar=350|"
    "Greece=30|Greenland=299|Guadeloupe=590|Guatemala=502|Guernsey=44|Guinea=224|"
    "Guinea-Bissau=245|Guyana=592|Haiti=509|Honduras=504|Hong Kong=852|Hungary=36|"
    "Iceland=354|India=91|Indonesia=62|Iran=98|Iraq=964|Ireland=353|Isle of Man=44|Israel=972|"
    "Italy=39|Japan=81|Jersey=44|Jordan=962|Kazakhstan=7|Kenya=254|Kiribati=686|"
    "North Korea=850|South Korea=82|Kuwait=965|Kyrgyzstan=996|Laos=856|Latvia=371|"
    "Lebanon=961|Lesotho=266|Liberia=231|Libya=218|Liechtenstein=423|Lithuania=370|"
    "Luxembourg=352|Macau=853|North Macedonia=389|Madagascar=261|Malawi=265|Malaysia=60|"
    "Maldives=960|Mali=223|Malta=356|Marshall Islands=692|Martinique=596|Mauritania=222|"
    "Mauritius=230|Mayotte=262|Mexico=52|Micronesia=691|Moldova=373|Monaco=377|Mongolia=976|"
    "Montenegro=382|Morocco=212|Mozambique=258|Myanmar=95|Namibia=264|Nauru=674|Nepal=977|"
    "Netherlands=31|Netherlands Antilles=599|New Caledonia=687|New Zealand=64|Nicaragua=505|"
    "Niger=227|Nigeria=234|Niue=683|Norfolk Island=672|Norway=47|Oman=968|Pakistan=92|"
    "Palau=680|Palestinian Territory=970|Panama=507|Papua New Guinea=675|Paraguay=595|Peru=51|"
    "Philippines=63|Poland=48|Portugal=351|Qatar=974|Reunion=262|Romania=40|"
    "Russian Federation=7|Rwanda=250|Saint Barthelemy=590|Saint Helena=290|Saint Martin=590|"
    "Saint Pierre and Miquelon=508|Samoa=685|San Marino=378|Sao Tome and Principe=239|"
    "Saudi Arabia=966|Senegal=221|Serbia=381|Seychelles=248|Sierra Leone=232|Singapore=65|"
    "Slovakia=421|Slovenia=386|Solomon Islands=677|Somalia=252|South Africa=27|Spain=34|"
    "Sri Lanka=94|Sudan=249|Suriname=597|Svalbard and Jan Mayen=47|Swaziland=268|Sweden=46|"
    "Switzerland=41|Syria=963|Taiwan=886|Tajikistan=992|Tanzania=255|Thailand=66|"
    "Timor-Leste=670|Togo=228|Tokelau=690|Tonga=676|Tunisia=216|Turkey=90|Turkmenistan=993|"
    "Tuvalu=688|Uganda=256|Ukraine=380|United Arab Emirates=971|United Kingdom=44|"
    "Uruguay=598|Uzbekistan=998|Vanuatu=678|Vatican City=379|Venezuela=58|Vietnam=84|"
    "Wallis and Futuna=681|Western Sahara=212|Yemen=967|Zambia=260|Zimbabwe=263"
)
_CODES: dict[str, str] = {}
_LOCAL_DIGITS = 6  # fewer after the country code are no whole number


def calling_code(place: str | None) -> str | None:
    """ "Hong Kong" -> "852"; None for a US state, a North American place or an unknown one."""
    if not place or len(place) < 3:
        return None
    if not _CODES:  # built on first use: most filers are American
        _CODES.update(e.split("=") for e in _CODE_TABLE.split("|"))
    return _CODES.get(place)


def header_phone(value: str | None, place: str | None) -> str | None:
    """The header's phone as covers print it (module docstring); `place` is the address's
    state as the registrant gives it ("MA", "Ontario", "Hong Kong"). A number whose shape
    the digits do not tell stays as printed."""
    if not value:
        return None
    digits = _NON_DIGIT.sub("", value)
    code = calling_code(place)
    if code is None:
        if len(digits) == 10:
            return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
        if len(digits) == 11 and digits[0] == "1":
            return f"+1 ({digits[1:4]}) {digits[4:7]}-{digits[7:]}"
    elif digits.startswith(code) and len(digits) - len(code) >= _LOCAL_DIGITS \
            and digits == value.strip():
        return f"+{code} {digits[len(code):]}"
    return value
