# localekit core catalog, Filipino (Philippines). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects po/opo with kayo/inyo (formal, the default: *[formal]) or ka/mo without po (informal).
# Plural categories (CLDR fil): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Hi! Ano'ng maitutulong ko sa 'yo ngayon?
       *[formal] Kumusta po! Ano po ang maitutulong ko sa inyo ngayon?
    }
    .title = Maligayang pagdating

greeting-name =
    { $formality ->
        [informal] Hi, { $name }! Ano'ng maitutulong ko sa 'yo ngayon?
       *[formal] Kumusta po, { $name }! Ano po ang maitutulong ko sa inyo ngayon?
    }

assistant-intro =
    { $formality ->
        [informal] Ako si { -assistant-name }, ang assistant mo.
       *[formal] Ako po si { -assistant-name }, ang inyong assistant.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one]
            { $formality ->
                [informal] Naka-set na ang timer sa { NUMBER($minutes) } minuto.
               *[formal] Naka-set na po ang timer sa { NUMBER($minutes) } minuto.
            }
       *[other]
            { $formality ->
                [informal] Naka-set na ang timer sa { NUMBER($minutes) } minuto.
               *[formal] Naka-set na po ang timer sa { NUMBER($minutes) } minuto.
            }
    }
    .title = Timer

# $temperature (Number): degrees; $city (String)
weather-now =
    { $formality ->
        [informal] { NUMBER($temperature, maximumFractionDigits: 0) }° ngayon sa { $city }.
       *[formal] { NUMBER($temperature, maximumFractionDigits: 0) }° po ngayon sa { $city }.
    }
    .title = Panahon

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year]
            { $formality ->
                [informal] Manigong Bagong Taon!
               *[formal] Manigong Bagong Taon po!
            }
        [christmas_eve]
            { $formality ->
                [informal] Maligayang Pasko!
               *[formal] Maligayang Pasko po!
            }
        [christmas]
            { $formality ->
                [informal] Maligayang Pasko!
               *[formal] Maligayang Pasko po!
            }
        [national_day]
            { $formality ->
                [informal] Maligayang Araw ng Kalayaan!
               *[formal] Maligayang Araw ng Kalayaan po!
            }
        [eid_al_fitr]
            { $formality ->
                [informal] Eid Mubarak!
               *[formal] Eid Mubarak po!
            }
        [lunar_new_year]
            { $formality ->
                [informal] Kung Hei Fat Choi! Masaganang Bagong Taon!
               *[formal] Kung Hei Fat Choi! Masaganang Bagong Taon po!
            }
       *[other]
            { $formality ->
                [informal] Maligayang bati!
               *[formal] Maligayang bati po!
            }
    }

error-retry =
    { $formality ->
        [informal] Sorry, may nagkaproblema. Subukan mo ulit.
       *[formal] Paumanhin po, nagkaroon ng problema. Pakisubukan po ulit.
    }
    .title = May nagkaproblema
    .button-retry = Subukan ulit

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Gusto mo bang burahin ang { $item }?
       *[formal] Gusto n'yo po bang burahin ang { $item }?
    }
    .title = Burahin?
    .button-yes = Burahin
    .button-no = Kanselahin

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Laman ng listahan mo ang { LIST($items) }.
       *[formal] Laman po ng inyong listahan ang { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Wala pang laman ang cart mo.
               *[formal] Wala pa pong laman ang inyong cart.
            }
        [one]
            { $formality ->
                [informal] May { NUMBER($count) } item sa cart mo.
               *[formal] May { NUMBER($count) } item po sa inyong cart.
            }
       *[other]
            { $formality ->
                [informal] May { NUMBER($count) } item sa cart mo.
               *[formal] May { NUMBER($count) } item po sa inyong cart.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price =
    { $formality ->
        [informal] { CURRENCY($amount, $currency) } ang halaga nito.
       *[formal] { CURRENCY($amount, $currency) } po ang halaga nito.
    }

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Ipapaalala ko sa 'yo sa { DATETIME($when, dateStyle: "long") } nang { DATETIME($when, timeStyle: "short") }.
       *[formal] Ipapaalala ko po sa inyo sa { DATETIME($when, dateStyle: "long") } nang { DATETIME($when, timeStyle: "short") }.
    }
    .title = Paalala

goodbye =
    { $formality ->
        [informal] Bye! Ingat ka.
       *[formal] Paalam po! Magandang araw po sa inyo.
    }
