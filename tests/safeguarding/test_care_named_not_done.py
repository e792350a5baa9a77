"""A care need named as not done by anyone for a time ("nobody has washed her in a week"): caught
as neglect, while the same verbs said of a thing or without a time stay ordinary."""

from tests.safeguarding.both_ways import triple_tests

BOTH_WAYS = [
    (
        "the flats are neglected and so is my nan, nobody has washed her in a week",
        "neglect",
        "the flats are neglected, nobody has washed the stairwell in a week",
    ),
    (
        "no one has fed him since Tuesday, the agency keeps cancelling",
        "neglect",
        "no one has fed the meter since Tuesday, we've been on the emergency credit",
    ),
    (
        "nobody has changed dad for two days, he's sore",
        "neglect",
        "nobody has fed the ducks at the pond for two days, the kids usually do it",
    ),
]


(
    test_none_is_copied_from_a_data_file,
    test_the_disclosure_is_caught,
    test_the_ordinary_comment_is_not,
) = triple_tests(BOTH_WAYS)
