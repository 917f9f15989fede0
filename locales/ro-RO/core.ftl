# localekit core catalog, Romanian (Romania). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "dumneavoastră" with 2nd-plural verbs (formal, the default: *[formal]) or "tu" (informal).
# Plural categories (CLDR ro): one, few, other ("de" before nouns from 20 up). Comma-below ș/ț.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Salut! Cu ce te pot ajuta azi?
       *[formal] Bună ziua! Cu ce vă pot ajuta astăzi?
    }
    .title = Bun venit

greeting-name =
    { $formality ->
        [informal] Salut, { $name }! Cu ce te pot ajuta azi?
       *[formal] Bună ziua, { $name }! Cu ce vă pot ajuta astăzi?
    }

assistant-intro =
    { $formality ->
        [informal] Sunt { -assistant-name }, asistenta ta.
       *[formal] Sunt { -assistant-name }, asistenta dumneavoastră.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Temporizatorul a fost setat la { NUMBER($minutes) } minut.
        [few] Temporizatorul a fost setat la { NUMBER($minutes) } minute.
       *[other] Temporizatorul a fost setat la { NUMBER($minutes) } de minute.
    }
    .title = Temporizator

# $temperature (Number): degrees; $city (String)
weather-now = În { $city } sunt acum { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Vremea

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] La mulți ani și un An Nou fericit!
        [easter] Hristos a înviat! Paște fericit!
        [christmas] Crăciun fericit!
        [national_day] La mulți ani de Ziua Națională!
        [childrens_day] La mulți ani de Ziua Copilului!
       *[other] La mulți ani!
    }

error-retry =
    { $formality ->
        [informal] Hopa, ceva n-a mers. Mai încearcă o dată.
       *[formal] Ne pare rău, a apărut o eroare. Vă rugăm să încercați din nou.
    }
    .title = A apărut o eroare
    .button-retry = Reîncercați

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Vrei să ștergi { $item }?
       *[formal] Doriți să ștergeți { $item }?
    }
    .title = Ștergeți?
    .button-yes = Ștergeți
    .button-no = Anulați

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Lista ta conține { LIST($items) }.
       *[formal] Lista dumneavoastră conține { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Coșul tău e gol.
               *[formal] Coșul dumneavoastră este gol.
            }
        [one]
            { $formality ->
                [informal] Ai { NUMBER($count) } produs în coș.
               *[formal] Aveți { NUMBER($count) } produs în coș.
            }
        [few]
            { $formality ->
                [informal] Ai { NUMBER($count) } produse în coș.
               *[formal] Aveți { NUMBER($count) } produse în coș.
            }
       *[other]
            { $formality ->
                [informal] Ai { NUMBER($count) } de produse în coș.
               *[formal] Aveți { NUMBER($count) } de produse în coș.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Costă { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Îți voi aminti pe { DATETIME($when, dateStyle: "long") } la ora { DATETIME($when, timeStyle: "short") }.
       *[formal] Vă voi aminti pe { DATETIME($when, dateStyle: "long") } la ora { DATETIME($when, timeStyle: "short") }.
    }
    .title = Memento

goodbye =
    { $formality ->
        [informal] Pa! O zi bună!
       *[formal] La revedere! Vă doresc o zi bună.
    }
