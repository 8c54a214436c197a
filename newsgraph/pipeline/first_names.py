"""A person's gender as a common first name shows it: a closed table of some 1,100 names.

Only first names that are clearly of one gender in English-language news are listed (not
"Kelly", "Jordan", "Chris", "Taylor", "Jean" or "Andrea", which are given to both, nor words
that are as often something else, like "Christian" or "Georgia"); any other name is of unknown
gender (""). A person of unknown gender may take a "he" or a "she", so a name missing here is
how a "she" reached a man ("Donald", "Christopher" were missing): the table covers the names
common in US, British and world news. It is a prior for pronouns, weaker than what the text
itself says (an honorific, a gendered title, a noun in apposition).

The last line of each table holds the given names of people in recent US news that the table
missed ("Abbe", "Ashley", "Angie", "Betsy", "LeBron", "Zohran"): found by the pronouns that
articles give the people so named, all of one gender, three at least, and kept where the name is
one gender's in general use.
"""

from newsgraph.model import Entity

MALE_NAMES = frozenset("""
    aaron abdul abraham adam adolfo adrian ahmad ahmed aidan al alan albert alberto alejandro
    aleksandr alessandro alexander alexandre alexei alfonso alfred alfredo ali alistair allen alonzo
    alvin amir amos andre andreas andrei andres andrew andy angelo angus anthony antoine anton
    antonio archie arnold arthur arturo asher austin barack barney barry bart basil ben benedict
    benjamin bennie benny bernard bernie bert bill billy bjorn blaine bob bobby boris boyd brad
    braden bradley brandon brendan brent brett brian brock brody bronny bruce bruno bryan bryce
    bubba buck buddy byron cade caleb callum calvin carl carlo carlos cecil cedric cesar chad
    chadwick charles charlie chester christopher chuck clarence claude clay clayton clifford clint
    clinton cody colby cole colin connor conor corey cornelius cory craig cristiano curt curtis
    cyrus dale damian damien damon dan daniel danny dante darius darnell darrell darren darryl daryl
    dave david dawson dean deion demetrius denis dennis denzel derek derrick desmond dexter diego
    dillon dirk dmitri dmitry dominic don donald donnie donovan doug douglas duncan dustin dusty
    dwight dylan earl ed eddie edgar edmund eduardo edward edwin eli elias elijah elliot elmer elon
    elvis emanuel emil emilio emmanuel enrique ephraim eric erik ernest ernesto ernie errol ethan
    eugene evan everett ezra fabian felipe felix fernando fidel floyd forrest francesco francis
    francisco franco frank franklin fred frederick fredrick friedrich gabe gabriel garrett gary
    gavin gene geoff geoffrey george gerald gerard gerhard gil gilbert giovanni giuseppe glenn
    gordon graham greg gregory gus gustavo guy hakeem hal hamid hank hans harold harrison harry
    harvey hassan hector henry herbert herman hernan hiroshi homer horace howard hubert hugh hugo
    humberto hunter ian ignacio igor ike isaac isaiah ismail ivan jack jacob jacques jair jake jalen
    jamal james jared jarrett jason javier javon jay jaylen jeb jed jeff jeffrey jeremiah jeremy
    jermaine jerome jerry jesse jesus jim jimmy jiri joaquin joe joel joey johan johann john johnny
    jon jonah jonas jonathan jordi jorge jose josef joseph josh joshua juan juergen julian julio
    julius junior jurgen justin kareem karl keegan keir keith kelvin ken kendrick kenneth kenny kent
    kermit kevin khalid kirk klaus kristopher kurt kwame kyle lamar lance larry lars lawrence leo
    leon leonard leonardo leroy les lester levi lionel lloyd logan lorenzo lou louis luca lucas
    luigi luis luiz luke lyndon mack malcolm manuel marc marcel marco marcos marcus marek mario mark
    martin marvin mason mateo mathieu matt matteo matthew matthias maurice max maxwell melvin
    merrick micah michael michel mick miguel mike mikhail miles milton mitch mitchell mohamed
    mohammad mohammed moises morris moses muhammad muhammed murray nabil narendra nate nathan
    nathaniel ned neil neville niall nicholas nick nico nicolas nigel nikolai noah noel nolan
    norbert norman olaf oleg oliver omar orlando oscar otto owen pablo pasquale patrick paul pedro
    percy pete peter phil philip phillip pierce pierre quentin rafael rahm rahul ralph ramon randall
    randolph randy raul ray raymond reggie reginald reid rex ricardo richard richie rick rishi rob
    robby robert rocco rod roderick rodney rodrigo roger roland rolando roman romeo ron ronald
    ronnie ronny rory ross roy rudolph rudy rupert russ russell ryan sal salvador sammy samuel
    sanjay saul scott scottie scotty sean sebastian sergei sergey sergio seth shane shaun shawn
    sheldon sherman sid silvio simon sonny spencer stanley stefan steny stephan stephen sterling
    steve steven stewart stuart sven tanner ted teddy terence terrence theo theodore thierry thomas
    tim timothy tobias toby tod todd tom tommy tony travis trent trevor trey tristan troy tucker
    tyler tyrone tyson ulysses uri vance vaughn vernon vic victor viktor vince vincent vinnie vito
    vivek vladimir volodymyr wade wallace walt walter warren wayne wes wesley wilbur wilfred willard
    william willie willis winston wolfgang woodrow wyatt xavier yasser yevgeny yuri yusuf zac zach
    zachary zeke
    domenic erling landon lewis liam mauro myles
    abbe agustin alec antony antwan ari asa burt butch clyde dak damar davante deshawn dewayne
    derwin dick dolph dovid emeril galen giannis gilberto jakub kamal khalil lanny lebron luka
    luther lyle mumia philippe quincy rachaad ric saquon saqib simu tevin thom tua wilt zackary
    zohran
""".split())

FEMALE_NAMES = frozenset("""
    abigail ada adele adriana agnes aileen aisha alana alexandra alexandria alice alicia alina
    alison aliyah allison alma alyssa amanda amber amelia amy ana anastasia angela angelica angelina
    anita ann anna anne annette annie antoinette april ariana arianna arlene audrey ava ayanna
    barbara beatrice becky belinda bella bernadette bernice beth bethany betty beverly bianca
    blanche bonnie brandi brenda brianna bridget brigitte brittany brooke camila candace candice
    cara carla carly carmela carmen carol carolina caroline carolyn carrie cassandra catherine cathy
    cecilia celeste celia chantal charlene charlotte chelsea cherie cheryl chloe christa christie
    christina christine christy cindy claire clara clarissa claudia colleen connie constance cora
    corinne cristina crystal cynthia daisy danielle daphne darlene dawn debbie deborah debra delia
    della delores denise desiree diana diane dianne dolores dominika donna dora doris dorothy edith
    edna eileen elaine eleanor elena elisa elise eliza elizabeth ella ellen ellie eloise elsa elsie
    emilia emilie emily emma erica erika erin estelle esther ethel eugenia eva eve evelyn faith
    fatima felicia fiona florence frances francesca francine freda gabriela gabriella gabrielle gail
    genevieve georgina geraldine gertrude gina giorgia giselle gladys glenda gloria grace greta
    gretchen gwen gwendolyn hailey haley hannah harriet hayley hazel heather heidi helen helena
    henrietta hillary holly ida ilhan imelda ines ingrid irene irina iris isabel isabella isabelle
    ivana ivanka jacinda jacqueline jada jade jana jane janelle janet janice janine jeanette jeanne
    jenna jennifer jenny jessica jill jillian joan joann joanna joanne jocelyn jodi johanna jolene
    josefina josephine josie joy joyce juanita judi judith judy julia julianne julie juliet juliette
    june justine kaitlyn kamala kara karen karin karina karla kate katharine katherine kathleen
    kathryn kathy katie katrina kayla keisha kellyanne kelsey kemi kendra kimberly kirsten kristen
    kristi kristin kristina krystal kyrsten lana latoya laura laurel lauren laverne leah lena leona
    lila lillian lily linda lindsay lindsey lisa liz liza lois loretta lori lorraine louise lucia
    lucille lucy luisa lydia lynda lynne mabel madeleine madeline mae maggie mallory mandy marcia
    maren margaret margarita margo marguerite maria mariah marian marianne marie marilyn marina
    marisa marjorie marla marlene marsha martha mary maureen maxine maya mazie megan meghan melania
    melanie melinda melissa mercedes meredith mia michaela michelle mildred millie mindy mira
    miranda miriam molly mona monica muriel myra nadia nadine nancy naomi natalia natalie natasha
    nellie nicole nikki nina nora norma odette olga olivia paige pam pamela patricia patsy patty
    paula paulette pauline pearl peggy penelope penny phoebe phyllis polly priscilla rachael rachel
    ramona raquel rebecca rebekah regina renee rhonda rita roberta robyn rochelle rosa rosalie
    rosalind rose rosemary roxanne ruby ruth sabrina sadie sally samantha samira sandra sara sarah
    savannah selena serena sharon sheila shelley sherri sherry sheryl shirley sierra silvia sonia
    sonja sophia sophie stacey stella stephanie sue susan susanne suzanne svetlana sylvia tamara
    tammy tanya tara tatiana tegan teresa terri theresa tiffany tina tonya tricia trisha ursula usha
    valentina valerie vanessa vera veronica vicki vickie vicky victoria viola violet virginia vivian
    wanda wendy whitney wilma yasmin yolanda yulia yvette yvonne zoe
    abby abbey brianne caitlin caitlyn jen jenn kaitlin katelyn maryellen rashida stefanie suzette
    adrienne angie anitra arielle ashley athing baylee betsy bettina bobbie brea breanna brie
    britney carole christi clarice claudette claudine coco cori cybele dena deniece edye eleni
    ernestine fani fannie gigi jena jewelia joni jonna justina lara leora lola magaly majorie
    marija maryam melva minouche mya oleta perla rheta robbin rona saundra shelli shelly simone
    stormy suni thelma traci trudy tulsi tyra valarie zeneta
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
