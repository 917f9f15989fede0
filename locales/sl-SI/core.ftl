# localekit core catalog, Slovenian (Slovenia). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects vikanje "Vi" (formal, the default: *[formal]) or tikanje "ti" (informal).
# Plural categories (CLDR sl): one, two, few, other (dual!). Case endings never follow placeables.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Živjo! Kako ti lahko danes pomagam?
       *[formal] Pozdravljeni! Kako Vam lahko danes pomagam?
    }
    .title = Dobrodošli

greeting-name =
    { $formality ->
        [informal] Živjo, { $name }! Kako ti lahko danes pomagam?
       *[formal] Pozdravljeni, { $name }! Kako Vam lahko danes pomagam?
    }

assistant-intro =
    { $formality ->
        [informal] Sem { -assistant-name }, tvoja pomočnica.
       *[formal] Sem { -assistant-name }, Vaša pomočnica.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Časovnik je nastavljen na { NUMBER($minutes) } minuto.
        [two] Časovnik je nastavljen na { NUMBER($minutes) } minuti.
        [few] Časovnik je nastavljen na { NUMBER($minutes) } minute.
       *[other] Časovnik je nastavljen na { NUMBER($minutes) } minut.
    }
    .title = Časovnik

# $temperature (Number): degrees; $city (String)
weather-now = V kraju { $city } je trenutno { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Vreme

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Srečno novo leto!
        [easter] Vesele velikonočne praznike!
        [labour_day] Vesel praznik dela!
        [national_day] Vesel dan državnosti!
        [christmas] Vesel božič!
       *[other] Vse najboljše!
    }

error-retry =
    { $formality ->
        [informal] Ups, nekaj je šlo narobe. Poskusi znova.
       *[formal] Oprostite, prišlo je do napake. Poskusite znova.
    }
    .title = Prišlo je do napake
    .button-retry = Poskusite znova

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Želiš izbrisati »{ $item }«?
       *[formal] Ali želite izbrisati »{ $item }«?
    }
    .title = Izbrišem?
    .button-yes = Izbriši
    .button-no = Prekliči

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Tvoj seznam vsebuje: { LIST($items) }.
       *[formal] Vaš seznam vsebuje: { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Tvoja košarica je prazna.
               *[formal] Vaša košarica je prazna.
            }
        [one]
            { $formality ->
                [informal] V košarici imaš { NUMBER($count) } izdelek.
               *[formal] V košarici imate { NUMBER($count) } izdelek.
            }
        [two]
            { $formality ->
                [informal] V košarici imaš { NUMBER($count) } izdelka.
               *[formal] V košarici imate { NUMBER($count) } izdelka.
            }
        [few]
            { $formality ->
                [informal] V košarici imaš { NUMBER($count) } izdelke.
               *[formal] V košarici imate { NUMBER($count) } izdelke.
            }
       *[other]
            { $formality ->
                [informal] V košarici imaš { NUMBER($count) } izdelkov.
               *[formal] V košarici imate { NUMBER($count) } izdelkov.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = To stane { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Opomnila te bom { DATETIME($when, dateStyle: "long") } ob { DATETIME($when, timeStyle: "short") }.
       *[formal] Opomnila Vas bom { DATETIME($when, dateStyle: "long") } ob { DATETIME($when, timeStyle: "short") }.
    }
    .title = Opomnik

goodbye =
    { $formality ->
        [informal] Adijo! Lep dan ti želim.
       *[formal] Nasvidenje! Lep dan Vam želim.
    }
