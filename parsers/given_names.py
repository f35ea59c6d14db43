"""Common given names (U.S. births of 1930-1995: the people releases of 1993-2025 name),
shared by the readers that must tell a person from a firm named like one: contacts ("Mr. Gary
Brands" is a person, "Mrs. Fields Brands" a firm) and quotes ("Jane Doe analyst Piper Jaffray",
a person then a firm, against "Piper Jaffray analyst Jane Doe")."""

from __future__ import annotations

GIVEN_NAMES = frozenset("""
    aaron abigail adam alan albert alexander alexis alice alison allison amanda amber amy andrea
    andrew angela ann anna anne anthony arthur ashley austin barbara benjamin beth betty beverly
    bill billy bob bobby bradley brandon brenda brian brittany bruce bryan carl carla carol
    carolyn catherine charles charlotte cheryl chris christian christina christine christopher
    connie craig cynthia dale dan dana daniel danielle dave david dawn dean deborah debra denise
    dennis diana diane don donald donna doris dorothy doug douglas dylan ed edward elizabeth
    ellen emily emma eric erin ethan eugene evelyn frances frank fred gabriel gail gary george
    gerald glenn gloria grace greg gregory hannah harold heather helen henry holly howard
    isabella jack jacob jacqueline james jane janet janice jason jean jeff jeffrey jennie
    jennifer jeremy jerry jesse jessica jill jim joan joe john johnny jon jonathan jordan jose
    joseph joshua joyce juan judith judy julia julie justin karen katherine kathleen kathryn
    kathy kayla keith kelly ken kenneth kevin kimberly kristen kyle larry laura lauren lawrence
    leslie linda lisa logan lori louis madison margaret maria marie marilyn mark martha mary
    matthew megan melissa michael michelle mike morgan nancy natalie nathan nicholas nicole noah
    olivia pamela patricia patrick paul paula peggy peter philip phillip rachel ralph randy
    raymond rebecca richard rick robert robin roger ron ronald rose roy russell ruth ryan
    samantha samuel sandra sara sarah scott sean sharon shirley sophia stanley stephanie stephen
    steve steven sue susan ted teresa terry theresa thomas tim timothy tina todd tom tracy tyler
    victoria vincent virginia walter wayne wendy william willie zachary
""".split())
