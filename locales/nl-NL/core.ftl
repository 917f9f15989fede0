# localekit core catalog, Dutch (Netherlands). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "je" (informal, the default: *[informal]) or "u" (formal).
# Plural categories (CLDR nl): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
       *[informal] Hallo! Waarmee kan ik je vandaag helpen?
        [formal] Goedendag! Waarmee kan ik u vandaag helpen?
    }
    .title = Welkom

greeting-name =
    { $formality ->
       *[informal] Hallo { $name }! Waarmee kan ik je vandaag helpen?
        [formal] Goedendag { $name }! Waarmee kan ik u vandaag helpen?
    }

assistant-intro =
    { $formality ->
       *[informal] Ik ben { -assistant-name }, je assistent.
        [formal] Ik ben { -assistant-name }, uw assistent.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Timer ingesteld op { NUMBER($minutes) } minuut.
       *[other] Timer ingesteld op { NUMBER($minutes) } minuten.
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now = Het is nu { NUMBER($temperature, maximumFractionDigits: 0) }° in { $city }.
    .title = Weer

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Gelukkig nieuwjaar!
        [easter] Vrolijk Pasen!
        [christmas] Fijne kerstdagen!
        [national_day] Fijne Koningsdag!
       *[other] Het allerbeste!
    }

error-retry =
    { $formality ->
       *[informal] Sorry, er ging iets mis. Probeer het opnieuw.
        [formal] Excuses, er is iets misgegaan. Probeert u het opnieuw.
    }
    .title = Er ging iets mis
    .button-retry = Opnieuw proberen

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
       *[informal] Wil je { $item } verwijderen?
        [formal] Wilt u { $item } verwijderen?
    }
    .title = Verwijderen?
    .button-yes = Verwijderen
    .button-no = Annuleren

# $items (List of strings)
item-list =
    { $formality ->
       *[informal] Je lijst bevat { LIST($items) }.
        [formal] Uw lijst bevat { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
               *[informal] Je winkelwagen is leeg.
                [formal] Uw winkelwagen is leeg.
            }
        [one]
            { $formality ->
               *[informal] Je hebt { NUMBER($count) } artikel in je winkelwagen.
                [formal] U hebt { NUMBER($count) } artikel in uw winkelwagen.
            }
       *[other]
            { $formality ->
               *[informal] Je hebt { NUMBER($count) } artikelen in je winkelwagen.
                [formal] U hebt { NUMBER($count) } artikelen in uw winkelwagen.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Dat kost { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
       *[informal] Ik herinner je eraan op { DATETIME($when, dateStyle: "long") } om { DATETIME($when, timeStyle: "short") }.
        [formal] Ik herinner u eraan op { DATETIME($when, dateStyle: "long") } om { DATETIME($when, timeStyle: "short") }.
    }
    .title = Herinnering

goodbye =
    { $formality ->
       *[informal] Doei! Nog een fijne dag.
        [formal] Tot ziens! Nog een prettige dag.
    }
