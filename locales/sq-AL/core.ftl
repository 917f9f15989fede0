# localekit core catalog, Albanian (Albania). Reference: locales/en-US/core.ftl; conventions: docs/catalog.md.
# Register: $formality selects "ju" with 2nd-plural verbs (formal, the default: *[formal]) or "ti" (informal).
# Plural categories (CLDR sq): one, other. Numbers, dates, lists and prices go through NUMBER/DATETIME/LIST/CURRENCY.

-assistant-name = Nova

greeting =
    { $formality ->
        [informal] Ç'kemi! Si mund të të ndihmoj sot?
       *[formal] Përshëndetje! Si mund t'ju ndihmoj sot?
    }
    .title = Mirë se vini

greeting-name =
    { $formality ->
        [informal] Ç'kemi, { $name }! Si mund të të ndihmoj sot?
       *[formal] Përshëndetje, { $name }! Si mund t'ju ndihmoj sot?
    }

assistant-intro =
    { $formality ->
        [informal] Unë jam { -assistant-name }, asistentja jote.
       *[formal] Unë jam { -assistant-name }, asistentja juaj.
    }

# $minutes (Number): length of the timer
timer-set =
    { $minutes ->
        [one] Kohëmatësi u caktua për { NUMBER($minutes) } minutë.
       *[other] Kohëmatësi u caktua për { NUMBER($minutes) } minuta.
    }
    .title = Kohëmatësi

# $temperature (Number): degrees; $city (String)
weather-now = Aktualisht në { $city } janë { NUMBER($temperature, maximumFractionDigits: 0) }°.
    .title = Moti

# $holiday (String): a holiday id from policies/holidays.yaml, as Pack.greetings_on gives it;
# one variant per id the pack greets (pack.yaml holidays.greet), [other] for anything else.
holiday-greeting =
    { $holiday ->
        [new_year] Gëzuar Vitin e Ri!
        [nowruz] Gëzuar Ditën e Nevruzit!
        [easter] Gëzuar Pashkët!
        [orthodox_easter] Krishti u ngjall! Gëzuar Pashkët!
        [eid_al_fitr] Gëzuar Bajramin!
        [eid_al_adha] Gëzuar Kurban Bajramin!
        [national_day] Gëzuar Ditën e Flamurit!
        [christmas] Gëzuar Krishtlindjet!
       *[other] Urime!
    }

error-retry =
    { $formality ->
        [informal] Oops, diçka shkoi keq. Provo përsëri.
       *[formal] Na vjen keq, ndodhi një gabim. Ju lutemi provoni përsëri.
    }
    .title = Ndodhi një gabim
    .button-retry = Provoni përsëri

# $item (String): what will be deleted
confirm-delete =
    { $formality ->
        [informal] Do ta fshish { $item }?
       *[formal] Dëshironi ta fshini { $item }?
    }
    .title = Të fshihet?
    .button-yes = Fshi
    .button-no = Anulo

# $items (List of strings)
item-list =
    { $formality ->
        [informal] Lista jote përmban { LIST($items) }.
       *[formal] Lista juaj përmban { LIST($items) }.
    }

# $count (Number): number of items in the cart
cart-count =
    { $count ->
        [0]
            { $formality ->
                [informal] Shporta jote është bosh.
               *[formal] Shporta juaj është bosh.
            }
        [one]
            { $formality ->
                [informal] Ke { NUMBER($count) } artikull në shportë.
               *[formal] Keni { NUMBER($count) } artikull në shportë.
            }
       *[other]
            { $formality ->
                [informal] Ke { NUMBER($count) } artikuj në shportë.
               *[formal] Keni { NUMBER($count) } artikuj në shportë.
            }
    }

# $amount (Number), $currency (String, ISO 4217)
price = Kushton { CURRENCY($amount, $currency) }.

# $when (Date/time)
reminder-set =
    { $formality ->
        [informal] Do të të kujtoj në orën { DATETIME($when, timeStyle: "short") }, më { DATETIME($when, dateStyle: "long") }.
       *[formal] Do t'ju kujtoj në orën { DATETIME($when, timeStyle: "short") }, më { DATETIME($when, dateStyle: "long") }.
    }
    .title = Kujtesë

goodbye =
    { $formality ->
        [informal] Mirupafshim! Kalofsh mirë.
       *[formal] Mirupafshim! Ju uroj një ditë të mbarë.
    }
