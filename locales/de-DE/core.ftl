# localekit core catalog, German (Germany). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "Sie" (formal, the default: *[formal]) or "du" (informal).
# Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY (CLDR de).

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Hallo! Wie kann ich dir heute helfen?
       *[formal] Guten Tag! Wie kann ich Ihnen heute helfen?
    }
    .title = Willkommen

greeting-name =
    { $formality ->
        [informal] Hallo { $name }! Wie kann ich dir heute helfen?
       *[formal] Guten Tag, { $name }! Wie kann ich Ihnen heute helfen?
    }

assistant-intro =
    { $formality ->
        [informal] Ich bin { -assistant-name }, deine Assistentin.
       *[formal] Ich bin { -assistant-name }, Ihre Assistentin.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Timer auf { NUMBER($minutes) } Minute gestellt.
       *[other] Timer auf { NUMBER($minutes) } Minuten gestellt.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = In { $city } sind es gerade { NUMBER($temperature, maximumFractionDigits: 0) } °C.
    .title = Wetter

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Frohes neues Jahr!
        [easter] Frohe Ostern!
        [whit_monday] Frohe Pfingsten!
        [christmas] Frohe Weihnachten!
        [national_day] Einen schönen Tag der Deutschen Einheit!
       *[other] Alles Gute!
    }

error-retry =
    { $formality ->
        [informal] Entschuldige, da ist etwas schiefgelaufen. Bitte versuch es noch einmal.
       *[formal] Entschuldigung, da ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal.
    }
    .title = Etwas ist schiefgelaufen
    .button-retry = Wiederholen

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Möchtest du { $item } löschen?
       *[formal] Möchten Sie { $item } löschen?
    }
    .title = Löschen?
    .button-yes = Löschen
    .button-no = Abbrechen

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Deine Liste enthält { LIST($items) }.
       *[formal] Ihre Liste enthält { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Dein Warenkorb ist leer.
               *[formal] Ihr Warenkorb ist leer.
            }
        [one]
            { $formality ->
                [informal] Du hast { NUMBER($count) } Artikel im Warenkorb.
               *[formal] Sie haben { NUMBER($count) } Artikel im Warenkorb.
            }
       *[other]
            { $formality ->
                [informal] Du hast { NUMBER($count) } Artikel im Warenkorb.
               *[formal] Sie haben { NUMBER($count) } Artikel im Warenkorb.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Das kostet { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Ich erinnere dich am { DATETIME($when, dateStyle: "long") } um { DATETIME($when, timeStyle: "short") } Uhr.
       *[formal] Ich erinnere Sie am { DATETIME($when, dateStyle: "long") } um { DATETIME($when, timeStyle: "short") } Uhr.
    }
    .title = Erinnerung

goodbye =
    { $formality ->
        [informal] Tschüss! Mach's gut.
       *[formal] Auf Wiedersehen! Einen schönen Tag noch.
    }
