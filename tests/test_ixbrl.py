"""dei_facts: the inline XBRL dei: facts of 2019+ primary documents."""


from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.text.ixbrl import dei_facts
from support import FILINGS


def primary_body(name: str) -> str:
    text = decode_bytes((FILINGS / name).read_bytes())[0]
    return read_envelope(text).documents[0].body


def test_apple_2024_hidden_and_visible_facts_in_document_order():
    facts = dei_facts(primary_body("8k_2024_appleinc_1.txt"))
    assert list(facts)[:5] == [
        "dei:AmendmentFlag",  # hidden, in ix:header
        "dei:EntityCentralIndexKey",
        "dei:DocumentType",
        "dei:DocumentPeriodEndDate",
        "dei:EntityRegistrantName",
    ]
    assert facts["dei:AmendmentFlag"] == ["false"]
    assert facts["dei:EntityCentralIndexKey"] == ["0000320193"]
    assert facts["dei:DocumentPeriodEndDate"] == ["February 1, 2024"]  # &#160; normalised
    assert facts["dei:EntityRegistrantName"] == ["Apple Inc."]
    assert facts["dei:EntityFileNumber"] == ["001-36743"]
    assert facts["dei:EntityTaxIdentificationNumber"] == ["94-2404110"]
    assert facts["dei:CityAreaCode"] == ["408"] and facts["dei:LocalPhoneNumber"] == ["996-1010"]
    assert facts["dei:TradingSymbol"] == ["AAPL"]
    assert len(facts["dei:Security12bTitle"]) == 9
    assert facts["dei:Security12bTitle"][:2] == [
        "Common Stock, $0.00001 par value per share",
        "0.000% Notes due 2025",
    ]
    assert facts["dei:SecurityExchangeName"] == ["The Nasdaq Stock Market LLC"] * 9
    assert facts["dei:EntityEmergingGrowthCompany"] == ["\u2610"]


def test_iff_2025_two_addresses():
    facts = dei_facts((FILINGS / "8k_2025_internationalflavorsan_1.htm").read_text())
    assert facts["dei:EntityRegistrantName"] == ["INTERNATIONAL FLAVORS & FRAGRANCES INC"]
    assert facts["dei:EntityIncorporationStateCountryCode"] == ["New York"]
    assert facts["dei:EntityAddressAddressLine1"] == [
        "521 West 57th Street",
        "200 Powder Mill Road",
    ]
    assert facts["dei:EntityAddressCityOrTown"] == ["New York", "Wilmington"]
    assert facts["dei:EntityAddressStateOrProvince"] == ["DE", "New York"]  # hidden one first
    assert facts["dei:TradingSymbol"] == ["IFF", "IFF 26"]
    assert facts["dei:Security12bTitle"][0] == "Common Stock, par value 12 1/2\u00a2 per share"
    assert facts["dei:DocumentPeriodEndDate"] == ["May 1, 2025"]
    # the same page inside the full submission gives the same facts
    assert dei_facts(primary_body("8k_2025_internationalflavorsan_1.txt")) == facts


def test_meta_2025():
    facts = dei_facts(primary_body("8k_2025_metaplatformsinc_1.txt"))
    assert facts["dei:EntityRegistrantName"] == ["Meta Platforms, Inc."]
    assert facts["dei:DocumentPeriodEndDate"] == ["December 19, 2025"]
    assert facts["dei:EntityFileNumber"] == ["001-35551"]
    assert facts["dei:Security12bTitle"] == ["Class A Common Stock, $0.000006 par value"]
    assert facts["dei:TradingSymbol"] == ["META"]


def test_nvidia_2026():
    facts = dei_facts(primary_body("8k_2026_nvidiacorp_1.txt"))
    assert facts["dei:EntityRegistrantName"] == ["NVIDIA CORP"]
    assert facts["dei:DocumentPeriodEndDate"] == ["March 2, 2026"]
    assert facts["dei:EntityAddressAddressLine1"] == ["2788 San Tomas Expressway"]
    assert facts["dei:EntityFileNumber"] == ["0-23985"]
    assert facts["dei:SecurityExchangeName"] == ["The Nasdaq Global Select Market"]


def test_oracle_2019_predates_cover_tagging():
    body = primary_body("8k_2019_oraclecorp_1.txt")
    assert "dei:" not in body
    assert dei_facts(body) == {}


def test_nested_tags_entities_nil_and_non_dei():
    html = (
        '<ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c"><span>Acme</span>'
        "<b> &amp; Sons,</b><br/>Inc.</ix:nonNumeric>"
        '<ix:nonFraction name="us-gaap:Revenues" contextRef="c">1,000</ix:nonFraction>'
        '<ix:nonNumeric name="dei:Security12bTitle" contextRef="c">Common '
        '<ix:nonNumeric name="dei:TradingSymbol" contextRef="c">ACME</ix:nonNumeric>'
        " Stock</ix:nonNumeric>"
        '<ix:nonFraction name="dei:EntityPublicFloat" xsi:nil="true" contextRef="c"/>'
        "<IX:NONFRACTION NAME='dei:EntityCommonStockSharesOutstanding'>5,000</IX:NONFRACTION>"
    )
    assert dei_facts(html) == {
        "dei:EntityRegistrantName": ["Acme & Sons, Inc."],
        "dei:Security12bTitle": ["Common ACME Stock"],
        "dei:TradingSymbol": ["ACME"],
        "dei:EntityCommonStockSharesOutstanding": ["5,000"],
    }


def test_fast_path_and_garbage():
    assert dei_facts("<html><body>No facts here</body></html>") == {}
    assert dei_facts("") == {}
    assert dei_facts('<ix:nonNumeric name="dei:X">unclosed') == {}
    assert dei_facts('</ix:nonNumeric><ix:nonNumeric name="dei:X">ok</ix:nonNumeric>') == {
        "dei:X": ["ok"]
    }


def test_non_breaking_hyphen_in_a_fact_reads_as_a_hyphen():
    html = (
        '<ix:nonNumeric contextRef="c-1" name="dei:EntityFileNumber" id="f-8">001&#8209;02217'
        '</ix:nonNumeric><ix:nonNumeric contextRef="c-1" name="dei:DocumentType" id="f-1">'
        "8\u2011K</ix:nonNumeric>"
    )
    assert dei_facts(html) == {
        "dei:EntityFileNumber": ["001-02217"], "dei:DocumentType": ["8-K"]
    }
