"""Small curated lexicons for the deterministic rules (all entries case-folded).

These complete the model; they are not the topic classifier. ``TOPIC_WORDS`` serves two jobs only:
deciding whether a leetspeak token is a word worth decoding (``b33r`` -> ``beer``) and pointing a
topic finding's span at a word. ``GREETINGS`` recognises holiday greetings in several languages;
localized holiday names from python-holidays extend it at run time (``rules.py``).
"""

from __future__ import annotations

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "alcohol": ("alcohol", "alcoholic", "beer", "beers", "wine", "wines", "vodka", "whisky", "whiskey", "rum", "gin",
                "tequila", "booze", "cocktail", "cocktails", "champagne", "sake", "liquor", "bier", "wein",
                "alkohol", "schnaps", "cerveza", "vino", "bière", "vin", "birra", "cerveja", "bir", "arak",
                "pub", "bar", "brewery", "sauvignon", "merlot", "prosecco", "sangria", "soju"),
    "pork": ("pork", "bacon", "ham", "lard", "pig", "schwein", "schweinefleisch", "speck", "schinken",
             "cerdo", "jamón", "porc", "jambon", "maiale", "prosciutto", "babi", "porco", "salami"),
    "beef": ("beef", "steak", "ribeye", "veal", "rind", "rindfleisch", "ternera", "bœuf", "boeuf", "manzo",
             "sapi", "carne", "burger"),
    "gambling": ("casino", "casinos", "bet", "bets", "betting", "gamble", "gambling", "poker", "lottery", "jackpot",
                 "slots", "roulette", "blackjack", "bookmaker", "wetten", "apuestas", "pari", "judi"),
    "religion": ("god", "allah", "jesus", "church", "mosque", "temple", "prayer", "pray", "bible", "quran",
                 "gott", "kirche", "moschee", "dios", "iglesia", "dieu", "église"),
    "politics": ("election", "elections", "vote", "voting", "president", "parliament", "party", "wahl",
                 "elecciones", "élection", "pemilu"),
    "sexuality": ("sex", "sexual", "porn", "porno", "nude", "nudes", "erotic", "condom", "condoms", "orgasm"),
    "lgbtq": ("gay", "lesbian", "queer", "trans", "transgender", "bisexual", "lgbt", "lgbtq", "pride"),
    "territorial_dispute": ("kashmir", "crimea", "taiwan", "tibet", "golan", "kosovo", "falklands", "malvinas",
                            "arunachal", "senkaku", "diaoyu", "donbas"),
    "death": ("death", "dead", "die", "died", "dying", "kill", "killed", "suicide", "funeral", "murder",
              "tod", "tot", "muerte", "mort", "morte"),
    "drugs": ("weed", "cannabis", "marijuana", "cocaine", "coke", "heroin", "meth", "lsd", "mdma", "ecstasy",
              "drugs", "drug", "kokain", "drogen", "drogas", "drogue", "ganja", "hash", "hashish"),
    "weapons": ("gun", "guns", "rifle", "rifles", "pistol", "pistols", "bomb", "bombs", "ammo", "ammunition",
                "grenade", "knife", "waffe", "waffen", "pistole", "arma", "armas", "fusil"),
    "profanity": ("shit", "fuck", "fucking", "damn", "bitch", "ass", "asshole", "crap", "bastard", "scheiße",
                  "scheisse", "mierda", "merde", "cazzo", "puta", "kurwa", "blyat"),
}
LEXICON: frozenset[str] = frozenset(w for words in TOPIC_WORDS.values() for w in words)

# holiday id -> greeting phrases (case-folded), several languages each
GREETINGS: dict[str, tuple[str, ...]] = {
    "christmas": (
        "merry christmas", "happy christmas", "frohe weihnachten", "fröhliche weihnachten", "joyeux noël",
        "joyeux noel", "feliz navidad", "buon natale", "feliz natal", "vrolijk kerstfeest", "prettige kerstdagen",
        "wesołych świąt", "с рождеством", "メリークリスマス", "圣诞快乐", "聖誕快樂", "메리 크리스마스",
        "selamat hari natal", "selamat natal", "mutlu noeller", "عيد ميلاد مجيد", "god jul", "glædelig jul",
        "hyvää joulua", "boldog karácsonyt", "veselé vánoce", "καλά χριστούγεννα", "chúc mừng giáng sinh",
        "giáng sinh vui vẻ", "สุขสันต์วันคริสต์มาส", "शुभ क्रिसमस", "क्रिसमस की शुभकामनाएं", "crăciun fericit",
    ),
    "easter": (
        "happy easter", "frohe ostern", "joyeuses pâques", "felices pascuas", "felices pascuas de resurrección",
        "buona pasqua", "feliz páscoa", "vrolijk pasen", "zalig pasen", "wesołego alleluja", "христос воскресе",
        "iyi paskalyalar", "selamat paskah",
    ),
    "eid_al_fitr": (
        "eid mubarak", "عيد مبارك", "عيد فطر سعيد", "عيد فطر مبارك", "selamat hari raya", "selamat idul fitri",
        "selamat hari raya aidilfitri", "minal aidin wal faizin", "bayramınız mübarek olsun", "ramazan bayramınız",
        "iyi bayramlar", "eid saeed", "عید مبارک", "ईद मुबारक", "عید الفطر مبارک",
    ),
    "eid_al_adha": (
        "eid al-adha mubarak", "happy eid al-adha", "عيد أضحى مبارك", "عيد الأضحى المبارك", "selamat hari raya haji",
        "selamat idul adha", "kurban bayramınız", "bakrid mubarak",
    ),
    "diwali": ("happy diwali", "happy deepavali", "शुभ दीपावली", "दीपावली की शुभकामनाएं", "दिवाली की शुभकामनाएं",
               "हैप्पी दिवाली", "selamat hari deepavali", "தீபாவளி வாழ்த்துக்கள்"),
    "holi": ("happy holi", "होली की शुभकामनाएं", "होली मुबारक"),
    "hanukkah": ("happy hanukkah", "happy chanukah", "חנוכה שמח", "frohes chanukka"),
    "rosh_hashanah": ("shana tova", "shanah tovah", "שנה טובה"),
    "passover": ("happy passover", "chag pesach sameach", "חג פסח שמח"),
    "lunar_new_year": (
        "happy lunar new year", "happy chinese new year", "gong xi fa cai", "gong hei fat choi", "恭喜发财",
        "恭喜發財", "春节快乐", "春節快樂", "chúc mừng năm mới", "새해 복 많이 받으세요",
    ),
    "mid_autumn": ("happy mid-autumn festival", "中秋快乐", "中秋節快樂", "中秋节快乐", "즐거운 추석"),
    "thanksgiving": ("happy thanksgiving", "happy turkey day"),
    "halloween": ("happy halloween", "trick or treat", "joyeux halloween", "feliz halloween", "fröhliches halloween"),
    "valentines_day": ("happy valentine's day", "happy valentines day", "happy valentine’s day",
                       "feliz día de san valentín", "bonne saint-valentin", "buon san valentino",
                       "alles gute zum valentinstag"),
    "nowruz": ("happy nowruz", "nowruz mubarak", "نوروز مبارک", "nevruz bayramınız"),
    "vesak": ("happy vesak", "happy wesak", "selamat hari waisak"),
    "songkran": ("happy songkran", "สุขสันต์วันสงกรานต์"),
    "mothers_day": ("happy mother's day", "happy mothers day", "feliz día de la madre", "bonne fête des mères"),
}

# words that open a greeting before a localized holiday name ("Frohe <Weihnachten>"), per language
GREETING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("happy", "merry", "blessed"),
    "de": ("frohe", "frohes", "froher", "fröhliche", "fröhliches", "schöne", "schönes", "gesegnete", "gesegnetes"),
    "fr": ("joyeux", "joyeuse", "joyeuses", "bonne", "bonnes", "heureux", "heureuse"),
    "es": ("feliz", "felices"),
    "it": ("buon", "buona", "buone", "felice"),
    "pt": ("feliz", "felizes", "boa", "boas"),
    "nl": ("fijne", "vrolijk", "vrolijke", "prettige", "gelukkig", "gelukkige", "zalig"),
    "id": ("selamat",),
    "ms": ("selamat",),
    "tr": ("mutlu", "kutlu", "iyi"),
    "pl": ("wesołych", "wesołego", "szczęśliwego"),
    "sv": ("god", "glad", "trevlig"),
    "da": ("glædelig", "god"),
    "ru": ("с", "счастливого", "поздравляю с"),
    "uk": ("з", "щасливого"),
    "ar": ("عيد", "مبارك", "سعيد", "كل عام وأنتم بخير", "تهانينا"),
    "vi": ("chúc mừng",),
}

# Ramadan daytime rule: food and drink suggestions, and what makes them night-time (iftar/suhoor)
FOOD_DRINK_WORDS: tuple[str, ...] = (
    "lunch", "breakfast", "brunch", "snack", "coffee", "café", "restaurant", "eat", "drink", "meal", "picnic",
    "food court", "lunch break", "tea", "juice", "dessert", "bakery", "ice cream",
    "غداء", "فطور", "إفطار الصباح", "قهوة", "مطعم", "وجبة", "كافيه", "مقهى", "شاي", "عصير", "آيس كريم",
    "makan siang", "sarapan", "kopi", "restoran", "makan", "minum", "jajan",
    "öğle yemeği", "kahvaltı", "kahve", "ناشتہ", "دوپہر کا کھانا", "چائے",
)
NIGHT_WORDS: tuple[str, ...] = (
    "iftar", "suhoor", "sahur", "sehri", "after sunset", "sunset", "evening", "tonight", "night", "dinner",
    "إفطار", "سحور", "بعد المغرب", "المغرب", "مساء", "الليل", "العشاء", "buka puasa", "berbuka", "malam",
    "akşam", "iftar", "افطار", "سحری",
)
