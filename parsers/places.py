"""Places named alone: the large cities a line may print with no street or zip ("Dallas,
Texas" under a former-name caption is an old address; "London:" over a contact is an office's
label). One list for the cover and the contacts readers."""

from __future__ import annotations

# US cities (a town a cover line may print with its state alone; "Westar, Kansas",
# "Hibernia, Louisiana", "Great Western, California" are firms)
US_CITIES = frozenset((
    "new york", "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio",
    "san diego", "dallas", "san jose", "austin", "jacksonville", "fort worth", "columbus",
    "charlotte", "san francisco", "indianapolis", "seattle", "denver", "washington", "boston",
    "nashville", "detroit", "oklahoma city", "portland", "las vegas", "memphis", "louisville",
    "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento", "kansas city",
    "atlanta", "omaha", "raleigh", "miami", "minneapolis", "tulsa", "cleveland", "wichita",
    "new orleans", "tampa", "pittsburgh", "cincinnati", "st. louis", "saint louis", "st. paul",
    "saint paul", "buffalo", "richmond", "birmingham", "salt lake city", "hartford",
    "stamford", "greenwich", "newark", "princeton", "irvine", "palo alto", "santa clara",
    "sunnyvale", "cambridge", "providence", "des moines", "little rock", "jackson", "dayton",
    "toledo", "akron", "rochester", "syracuse", "albany", "charleston", "columbia", "boise",
    "spokane", "anchorage", "honolulu", "wilmington", "orlando", "fort lauderdale", "bethesda",
    "mclean", "reston", "arlington", "plano", "irving", "scottsdale", "greenville"))
# cities abroad (offices a release's contact labels name)
WORLD_CITIES = frozenset((
    "london", "paris", "frankfurt", "munich", "berlin", "hamburg", "zurich", "geneva", "basel",
    "amsterdam", "brussels", "luxembourg", "dublin", "edinburgh", "stockholm", "oslo",
    "copenhagen", "helsinki", "madrid", "barcelona", "milan", "rome", "vienna", "warsaw",
    "moscow", "tokyo", "osaka", "beijing", "shanghai", "shenzhen", "singapore", "seoul",
    "taipei", "mumbai", "bangalore", "delhi", "dubai", "jerusalem", "sydney", "melbourne",
    "toronto", "montreal", "vancouver", "calgary", "ottawa"))
CITIES = US_CITIES | WORLD_CITIES
