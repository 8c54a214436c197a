"""A hand-made PolNeAR article in brat standoff, shared by the scorer's and the CLI's tests:
one indirect report ("The mayor said that ...") and one quotation split by its cue."""

SAID_TEXT = "The mayor said that the road will reopen."
SAID_ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 40\tthat the road will reopen\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
)
TEXT = SAID_TEXT + " “It is safe,” she added, “and clean.”"
ANN = SAID_ANN + (
    "T5\tContent 42 55;67 79\t“It is safe,” “and clean.”\n"
    "T6\tSource 56 59\tshe\n"
    "T7\tCue 60 65\tadded\n"
    "T8\tAttribution 60 65\tadded\n"
    "#1\tAnnotatorNotes T5\ta note\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
)
