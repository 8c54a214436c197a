"""A person's gender as a common first name shows it: a small closed table.

Only first names that are clearly of one gender in English-language news are listed (not
"Kelly", "Jordan", "Jean" or "Andrea", which are given to both); any other name is of unknown
gender (""). The table is a prior for pronouns, weaker than what the text itself says
(an honorific, a gendered title, a noun in apposition).
"""

from newsgraph.model import Entity

MALE_NAMES = frozenset("""
    aaron abdul adam adrian ahmed alan albert alexander alexei ali andrew angelo anthony antonio
    arthur barry ben benjamin bernard bill billy bob bobby brad bradley brandon brett bruce bryan
    carl carlos charles charlie chuck clarence colin craig dale daniel danny darren david dean
    dennis derek diego dmitri doug douglas duncan dwight earl eddie edward emmanuel eric ernest
    eugene francis frank franklin fred frederick gary gavin george gerald giuseppe glenn gordon
    graham greg gregory harold harry henry howard hugh ian igor isaac ivan jack jacob jake james
    jason jeff jeffrey jeremy jerome jerry jim jimmy joe joel john johnny jonathan jorge jose
    joseph joshua juan julian justin karl keith ken kenneth kevin larry lawrence leonard louis
    luis luke marco marcus mario mark martin matt matthew michael miguel mike mikhail mitch
    mohammed muhammad nathan neil nicholas nick nikolai oliver omar oscar patrick paul pedro peter
    philip phil pierre rafael ralph randy raymond richard rick robert roger ron ronald roy russell
    ryan samuel scott sean sebastian stephen steve steven stuart ted terrence thomas tim timothy
    todd tom tony travis victor vincent walter wayne william willie yusuf
""".split())

FEMALE_NAMES = frozenset("""
    abigail alice alicia alison amanda amber amy angela angelina ann anna anne annie barbara
    betty beverly brenda bridget carmen carol caroline catherine cathy charlotte cheryl christina
    christine claire claudia cynthia deborah debra denise diana diane donna doris dorothy elena
    elizabeth ellen emily emma erica esther evelyn fatima florence frances gabriela gloria grace
    hannah heather helen ilhan irene isabel jacqueline jane janet janice jennifer jessica jill
    joanna josephine joyce judith judy julia julie karen katherine kathleen kathryn kathy katie
    kristen laura lauren linda lisa lori louise lucy lydia margaret maria marie marilyn martha
    mary megan melania melissa michelle monica nancy natalia natalie nicole olga olivia pamela
    patricia paula rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon
    shirley sophia sophie stephanie susan svetlana tatiana teresa theresa tina valentina
    valerie victoria virginia wendy yulia
""".split())


def first_name_gender(entity: Entity) -> str:
    """``"m"`` or ``"f"`` when the first word of a person ``entity``'s name (of two words or
    more: a lone word may be a surname) is a first name of that gender in the table, else ``""``."""
    if entity.type != "PERSON":
        return ""
    words = entity.name.split()
    if len(words) < 2:
        return ""
    first = words[0].lower()
    if first in MALE_NAMES:
        return "m"
    return "f" if first in FEMALE_NAMES else ""
