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


def test_a_security_title_continued_in_the_next_row_reads_whole():
    # a bank's 2021 cover (Workiva): a long title wraps into the row below through
    # ix:continuation, the second part continued once more past a page footer it excludes
    html = (
        '<tr><td><p><ix:nonNumeric contextRef="c-1" name="dei:Security12bTitle" id="f-14"'
        ' continuedAt="f-14-c1">Depositary Shares, each representing a 1/1,000th interest in'
        " a share of 5.850% Fixed-Rate Reset</ix:nonNumeric></p></td>"
        '<td><ix:nonNumeric contextRef="c-1" name="dei:TradingSymbol" id="f-15">KEY PrK'
        "</ix:nonNumeric></td></tr>"
        '<tr><td><p><ix:continuation id="f-14-c1" continuedAt="f-14-c2">Non-Cumulative'
        " Perpetual Preferred Stock,</ix:continuation></p>"
        '<ix:exclude><p style="text-align:center">2</p><hr/></ix:exclude>'
        '<p><ix:continuation id="f-14-c2">Series&#160;K</ix:continuation></p></td></tr>'
    )
    assert dei_facts(html) == {
        "dei:Security12bTitle": [
            "Depositary Shares, each representing a 1/1,000th interest in a share of 5.850%"
            " Fixed-Rate Reset Non-Cumulative Perpetual Preferred Stock, Series K"
        ],
        "dei:TradingSymbol": ["KEY PrK"],
    }


def test_a_registrant_name_over_two_lines_joined_by_a_continuation_in_document_order():
    html = (
        '<ix:nonNumeric name="dei:DocumentType" contextRef="c0">8-K</ix:nonNumeric>'
        '<p style="text-align:center"><b><ix:nonNumeric name="dei:EntityRegistrantName"'
        ' contextRef="c0" id="n1" continuedAt="n1_c">FIRST CITIZENS</ix:nonNumeric></b></p>'
        '<p style="text-align:center"><b><ix:continuation id="n1_c">BANCSHARES, INC.'
        "</ix:continuation></b></p>"
        '<p><ix:nonNumeric name="dei:EntityIncorporationStateCountryCode" contextRef="c0"'
        ' format="ixt-sec:stateprovnameen">Delaware</ix:nonNumeric></p>'
        '<ix:nonNumeric name="dei:EntityAddressAddressLine1" contextRef="c0"'
        ' id="a1" continuedAt="a1c"><span>4300 Six Forks</span></ix:nonNumeric>'
        '<ix:continuation id="a1c" continuedAt="a1c">Road</ix:continuation>'  # loops: ends
    )
    assert dei_facts(html) == {
        "dei:DocumentType": ["8-K"],
        "dei:EntityRegistrantName": ["FIRST CITIZENS BANCSHARES, INC."],
        "dei:EntityIncorporationStateCountryCode": ["Delaware"],
        "dei:EntityAddressAddressLine1": ["4300 Six Forks Road"],
    }


def test_an_excluded_page_footer_inside_a_fact_is_no_part_of_it():
    html = (
        '<ix:nonNumeric name="dei:EntityAddressCityOrTown" contextRef="c">Raleigh'
        "<ix:exclude><div>Page 1 of 12</div></ix:exclude></ix:nonNumeric>"
    )
    assert dei_facts(html) == {"dei:EntityAddressCityOrTown": ["Raleigh"]}


def test_first_dei_finds_the_first_non_empty_fact_of_a_name():
    from filing2json.parsers.text.ixbrl import first_dei

    html = (
        "<p>The dei:DocumentType of this report</p>"  # the name in running text: no fact
        '<ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-1"></ix:nonNumeric>'
        '<ix:nonNumeric name="dei:DocumentTypeOther" contextRef="c-1">Other</ix:nonNumeric>'
        '<p>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-2"><span>'
        "10-K</span></ix:nonNumeric></p>"
    )
    assert first_dei(html, "dei:DocumentType") == "10-K"
    assert first_dei(html, "dei:AmendmentFlag") is None
    assert first_dei(primary_body("8k_2024_appleinc_1.txt"), "dei:DocumentType") == "8-K"
