"""Event status from modal auxiliaries and forecasts: what could, would or is expected to happen
has not happened. Sentences built by hand; the full pipeline runs on them."""

import pytest
from event_cases import event_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The storm could strike the coast on Saturday.", "strike", "conditional"),
        ("Few players can score like him.", "score", "conditional"),
        ("A win at the festival would give her a fourth award.", "win", "conditional"),
        ("The rebels might attack the capital.", "attack", "conditional"),
        ("The minister said he would visit Madrid in May.", "visit", "planned"),
        ("Severe storms are expected across the plains on Tuesday.", "storms", "planned"),
        ("The soldiers attacked the village on Monday.", "attacked", "occurred"),
        ("Police arrested the man after the plane landed.", "arrested", "occurred"),
        ("Officials said the storm killed three people.", "killed", "reported"),
        ("The rebels could not attack the capital.", "attack", "negated"),
        ("A tsunami is not expected on the coast.", "tsunami", "negated"),
        ("The cyclone could be the strongest storm in a decade.", "storm", "conditional"),
        ("The cyclone is forecast to become a major hurricane on Friday.", "hurricane", "planned"),
        ("The cyclone is expected to weaken into a tropical storm by Sunday.", "storm", "planned"),
        ("The cyclone became a hurricane on Wednesday.", "hurricane", "occurred"),
    ],
)
def test_modal_and_forecast_status(extract, text, word, status):
    assert event_of(extract(text), word).status == status
